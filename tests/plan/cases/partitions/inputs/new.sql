CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, placed date NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_sa PARTITION OF orders FOR VALUES IN ('sa');
CREATE INDEX orders_region_placed_idx ON orders (region, placed);
