-- A table with foreign keys to and from it made partitioned (PostgreSQL has
-- no ALTER for it): the keys held by the old table and the ones pointing
-- at it are dropped in the rebuild's transaction after the renames, the
-- rows are copied, and the target's keys are added after the copy
-- (validated at once on the partitioned table, NOT VALID then validated
-- on the table that points at it). The downs put every key back on the
-- old table with its rows.
CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total numeric(10,2) NOT NULL DEFAULT 0
);
CREATE TABLE order_lines (
    order_id bigint NOT NULL REFERENCES orders (id),
    qty integer NOT NULL
);
