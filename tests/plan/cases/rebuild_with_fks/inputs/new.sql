CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total numeric(10,2) NOT NULL DEFAULT 0
) PARTITION BY HASH (id);
CREATE TABLE orders_0 PARTITION OF orders FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE orders_1 PARTITION OF orders FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE order_lines (
    order_id bigint NOT NULL REFERENCES orders (id),
    qty integer NOT NULL
);
