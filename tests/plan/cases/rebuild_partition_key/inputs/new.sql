CREATE TABLE readings (
    sensor int NOT NULL,
    region text NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (sensor, region, taken_at)
) PARTITION BY RANGE (taken_at);
CREATE TABLE readings_old PARTITION OF readings FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
CREATE TABLE readings_eu PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);
CREATE INDEX readings_taken_idx ON readings (taken_at);
