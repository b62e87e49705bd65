CREATE TABLE orders (
    id bigserial,
    placed_on date NOT NULL,
    customer text NOT NULL,
    total numeric(10,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_rest PARTITION OF orders DEFAULT;
CREATE INDEX orders_customer_idx ON orders (customer);
CREATE VIEW order_totals AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
