-- Partitioned tables: an index and a key assembled partition by partition,
-- an index dropped with its partitions', a partition added and one dropped.
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, placed date NOT NULL) PARTITION BY LIST (region);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_ap PARTITION OF orders FOR VALUES IN ('ap');
CREATE INDEX orders_placed_idx ON orders (placed);
