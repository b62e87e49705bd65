-- An ordinary table made partitioned (PostgreSQL has no ALTER for it):
-- rebuilt in the expand transaction (old one renamed away, new one made
-- under the name with its partitions, key, index and view, rows copied),
-- the old copy dropped in contract. The serial's sequence moves to the
-- new table; both versions keep reading and writing.
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    placed_on date NOT NULL,
    customer text NOT NULL,
    total numeric(10,2) NOT NULL DEFAULT 0
);
CREATE INDEX orders_customer_idx ON orders (customer);
CREATE VIEW order_totals AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
