-- 09: declarative partitioning (range, list, hash; DEFAULT partition;
-- multi-level; partitions created with PARTITION OF and attached later;
-- partitioned primary keys and indexes that cascade to partitions) and
-- classic INHERITS (single and multiple parents, merged columns, inherited
-- CHECKs, NO INHERIT, local columns).

CREATE TABLE measurements (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peak integer,
    unitsales integer DEFAULT 0,
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE TABLE measurements_2024 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY RANGE (city_id);
CREATE TABLE measurements_2025_low PARTITION OF measurements_2025 FOR VALUES FROM (MINVALUE) TO (1000);
CREATE TABLE measurements_2025_high PARTITION OF measurements_2025 FOR VALUES FROM (1000) TO (MAXVALUE);
CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;
CREATE TABLE measurements_2026 (LIKE measurements INCLUDING DEFAULTS);
ALTER TABLE measurements ATTACH PARTITION measurements_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX measurements_peak ON measurements (peak);
CREATE INDEX ON measurements (logdate DESC) WHERE peak > 100;

CREATE TABLE orders (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric CHECK (total >= 0)
) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE orders_us PARTITION OF orders (CONSTRAINT orders_us_total_small CHECK (total < 1000000)) FOR VALUES IN ('us');
CREATE TABLE orders_null PARTITION OF orders FOR VALUES IN (NULL);
CREATE TABLE orders_other PARTITION OF orders DEFAULT;
ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, region);

CREATE TABLE sessions (
    id uuid NOT NULL,
    user_id integer,
    data jsonb
) PARTITION BY HASH (id);
CREATE TABLE sessions_0 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE sessions_1 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE sessions_2 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE sessions_3 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 3);
CREATE UNIQUE INDEX sessions_id ON sessions (id);

-- Expression partition key; a detached partition is a plain table again.
CREATE TABLE logs (at timestamptz NOT NULL, msg text) PARTITION BY RANGE (date_trunc('month', at AT TIME ZONE 'UTC'));
CREATE TABLE logs_old PARTITION OF logs FOR VALUES FROM ('2000-01-01') TO ('2020-01-01');
CREATE TABLE logs_new PARTITION OF logs FOR VALUES FROM ('2020-01-01') TO ('2100-01-01');
ALTER TABLE logs DETACH PARTITION logs_old;

-- Inheritance.
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL,
    wheels integer CHECK (wheels >= 0),
    CONSTRAINT vehicles_name_check CHECK (name <> '') NO INHERIT
);
CREATE TABLE cars (
    seats integer DEFAULT 4
) INHERITS (vehicles);
CREATE TABLE electric (
    battery_kwh numeric NOT NULL
);
CREATE TABLE electric_cars (
    name text NOT NULL,
    range_km integer
) INHERITS (cars, electric);
CREATE TABLE bikes (id integer NOT NULL, wheels integer DEFAULT 2, name text,
    CONSTRAINT vehicles_wheels_check CHECK (wheels >= 0));
ALTER TABLE bikes ALTER COLUMN name SET NOT NULL;
ALTER TABLE bikes INHERIT vehicles;
ALTER TABLE bikes ADD PRIMARY KEY (id);
ALTER TABLE vehicles ADD COLUMN color text;
ALTER TABLE vehicles ADD CONSTRAINT vehicles_color_check CHECK (color <> 'pink');
CREATE TABLE scooters () INHERITS (vehicles);
ALTER TABLE scooters NO INHERIT vehicles;
