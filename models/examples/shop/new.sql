-- shop, release 2: orders get a currency and a note, totals grow to
-- bigint, customers' `name` becomes `full_name`, the status set grows, and
-- order lines are looked up by product.
CREATE TYPE currency AS ENUM ('EUR', 'USD', 'GBP');

CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    email varchar(254) NOT NULL,
    full_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customers_email_key ON customers (email);

CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(32) NOT NULL UNIQUE,
    title text NOT NULL,
    price_cents integer NOT NULL CHECK (price_cents >= 0)
);

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped', 'refunded')),
    total_cents bigint NOT NULL DEFAULT 0,
    currency currency NOT NULL DEFAULT 'EUR',
    note text,
    placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_id_placed_at_idx ON orders (customer_id, placed_at DESC);

CREATE TABLE order_lines (
    order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES products (id),
    quantity integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);
CREATE INDEX order_lines_product_id_idx ON order_lines (product_id);

CREATE VIEW open_orders AS
    SELECT o.id, c.email, o.total_cents, o.currency
    FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.status IN ('new', 'paid');
