-- A partitioned table whose partition key changes (by region -> by
-- month): made again under its name with its new partitions, the rows
-- copied in the expand transaction, the old table and its partitions
-- (renamed *_rg_old) dropped in contract.
CREATE TABLE readings (
    sensor int NOT NULL,
    region text NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (sensor, region, taken_at)
) PARTITION BY LIST (region);
CREATE TABLE readings_eu PARTITION OF readings FOR VALUES IN ('eu');
CREATE TABLE readings_us PARTITION OF readings FOR VALUES IN ('us');
CREATE INDEX readings_taken_idx ON readings (taken_at);
