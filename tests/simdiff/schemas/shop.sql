-- shop.sql — the main schema of the query-shape suite: tables in public and
-- in two other schemas (so search_path matters), a quoted mixed-case table,
-- enums in two schemas, a domain, views, user functions (one with a
-- default argument, one variadic, one overloaded by argument count), and
-- every kind of ON CONFLICT arbiter: primary key, UNIQUE constraint, unique
-- index, expression index, partial index, deferrable constraint, and a
-- plain (non-unique) index that is no arbiter at all.
CREATE SCHEMA sales;
CREATE SCHEMA audit;

CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE TYPE sales.channel AS ENUM ('web', 'store');
CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');

CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    email email_address NOT NULL,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    referred_by bigint REFERENCES customers (id),
    note text,
    CONSTRAINT customers_email_key UNIQUE (email)
);

CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(32) NOT NULL,
    title text NOT NULL,
    price numeric(10,2) NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    attrs jsonb,
    active boolean NOT NULL DEFAULT true,
    category_id integer
);
CREATE UNIQUE INDEX products_lower_sku_key ON products (lower(sku));
CREATE INDEX products_title_idx ON products (title);

CREATE TABLE categories (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES categories (id),
    name text NOT NULL
);

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status order_status NOT NULL DEFAULT 'new',
    total numeric(12,2) NOT NULL DEFAULT 0,
    placed_at timestamptz NOT NULL DEFAULT now(),
    note text
);

CREATE TABLE order_items (
    order_id bigint NOT NULL REFERENCES orders (id),
    product_id integer NOT NULL REFERENCES products (id),
    qty integer NOT NULL CHECK (qty > 0),
    unit_price numeric(10,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE sales.invoices (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL,
    number text NOT NULL,
    channel sales.channel NOT NULL DEFAULT 'web',
    amount numeric(12,2) NOT NULL,
    CONSTRAINT invoices_number_key UNIQUE (number)
);

CREATE TABLE sales.refunds (
    invoice_id bigint NOT NULL,
    seq integer NOT NULL,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT refunds_invoice_seq_key UNIQUE (invoice_id, seq) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE audit.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    kind text NOT NULL,
    payload jsonb
);

CREATE TABLE "Reviews" (
    "Id" serial PRIMARY KEY,
    "productId" integer NOT NULL,
    "Rating" smallint NOT NULL,
    body text
);

CREATE TABLE settings (
    key text NOT NULL,
    scope text NOT NULL DEFAULT 'global',
    value text,
    deleted_at timestamptz
);
CREATE UNIQUE INDEX settings_key_scope_live ON settings (key, scope) WHERE deleted_at IS NULL;

CREATE TABLE stock (
    product_id integer NOT NULL,
    warehouse text NOT NULL,
    qty integer NOT NULL DEFAULT 0,
    reserved integer
);
CREATE UNIQUE INDEX stock_product_id_key ON stock (product_id);

CREATE VIEW order_totals AS
    SELECT o.id AS order_id, o.customer_id, sum(i.qty * i.unit_price) AS items_total
    FROM orders o JOIN order_items i ON i.order_id = o.id
    GROUP BY o.id, o.customer_id;

CREATE VIEW sales.big_invoices AS
    SELECT id, number, amount FROM sales.invoices WHERE amount > 1000;

CREATE FUNCTION order_count(cust bigint) RETURNS bigint
    LANGUAGE sql STABLE AS $$ SELECT count(*) FROM orders WHERE customer_id = cust $$;

CREATE FUNCTION sales.tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT amount * rate $$;

CREATE FUNCTION label(a text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT upper(a) $$;
CREATE FUNCTION label(a text, b text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT upper(a) || ':' || b $$;

CREATE FUNCTION join_words(VARIADIC words text[]) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(words, ' ') $$;

CREATE FUNCTION recent_orders(cust bigint, n integer)
    RETURNS TABLE (id bigint, total numeric)
    LANGUAGE sql STABLE AS $$
        SELECT id, total FROM orders WHERE customer_id = cust ORDER BY placed_at DESC LIMIT n
    $$;
