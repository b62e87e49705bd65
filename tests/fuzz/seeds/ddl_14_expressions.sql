-- 14: expressions PostgreSQL rewrites when it stores them: literals
-- coerced to the column type ('42' into an integer, 42 into text, 'yes'
-- into boolean), function-like SQL keywords (SUBSTRING ... FROM, POSITION,
-- TRIM, EXTRACT, OVERLAPS, AT TIME ZONE, COLLATE, IS TRUE, NULLIF,
-- GREATEST), operators spelled several ways (~~*, !~~, @>, &&, ?|), array
-- subscripts and ANY/ALL, and index options.

CREATE TABLE exprs (
    id integer PRIMARY KEY,
    n integer DEFAULT '42',
    t text DEFAULT 42,
    v varchar(10) DEFAULT 'x',
    b boolean DEFAULT 'yes',
    b2 boolean DEFAULT 'off',
    d date DEFAULT '2024-01-31',
    ts timestamp DEFAULT '2024-01-31 12:00',
    iv interval DEFAULT '1 day 2 hours',
    amt numeric(10,2) DEFAULT 1.5,
    amt2 numeric DEFAULT -0.25,
    f real DEFAULT '1.5e3',
    arr integer[] DEFAULT '{1,2}',
    arr2 text[] DEFAULT ARRAY['a', 'b'],
    j jsonb DEFAULT '{"k": [1, 2]}',
    s smallint DEFAULT 7,
    big bigint DEFAULT 2147483648,
    c char(2) DEFAULT 'ab',
    ip inet DEFAULT '10.0.0.1',
    u uuid DEFAULT '00000000-0000-0000-0000-000000000000',
    starts timestamptz,
    ends timestamptz,
    CHECK (t ~~* 'a%' OR t !~~ '%z'),
    CHECK (substring(t FROM 1 FOR 2) <> 'zz'),
    CHECK (position('x' IN t) < 10),
    CHECK (trim(BOTH ' ' FROM t) = t),
    CHECK (EXTRACT(dow FROM d) BETWEEN 0 AND 6),
    CHECK ((starts, ends) OVERLAPS (timestamptz '2000-01-01', timestamptz '2100-01-01')),
    CHECK (b IS TRUE OR b2 IS NOT FALSE),
    CHECK (NULLIF(n, 0) IS NOT NULL),
    CHECK (GREATEST(n, s, 0) < 1000 AND LEAST(n, 0) <= 0),
    CHECK (arr @> ARRAY[1] AND NOT (arr && ARRAY[99])),
    CHECK (arr[1] > 0 AND 5 <> ALL (arr)),
    CHECK (j ?| ARRAY['k', 'm']),
    CHECK ((j -> 'k' ->> 0)::integer >= 0),
    CHECK (v COLLATE "C" > 'a'),
    CHECK (ends AT TIME ZONE 'UTC' > '2000-01-01'),
    CHECK (amt * 2 + n / 3 - (s % 2) <> -1),
    CHECK (n BETWEEN SYMMETRIC 100 AND 0),
    CHECK (t LIKE 'a!%%' ESCAPE '!' OR t IS NULL),
    CHECK (iv < interval '2 days' AND d > CURRENT_DATE - 36500),
    CHECK (ip << inet '10.0.0.0/8'),
    CHECK (CASE n WHEN 1 THEN b ELSE true END),
    CHECK (n::text::integer = n AND CAST(s AS bigint) < big)
);

CREATE INDEX exprs_case ON exprs ((CASE WHEN b THEN 1 ELSE 0 END), lower(t) DESC NULLS LAST);
CREATE INDEX exprs_dedup ON exprs (n) WITH (deduplicate_items = off);
CREATE INDEX exprs_arr_ops ON exprs USING gin (arr);
CREATE INDEX exprs_partial_in ON exprs (d) WHERE n = ANY (ARRAY[1, 2, 3]) AND t NOT LIKE 'x%';
CREATE UNIQUE INDEX exprs_coalesce_key ON exprs (COALESCE(v, ''), (j ->> 'k'));

-- A partitioned table with an index created ON ONLY the parent and
-- attached partition by partition, as pg_dump itself writes them.
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_kind ON ONLY events (kind);
CREATE INDEX events_2024_kind ON events_2024 (kind);
ALTER INDEX events_kind ATTACH PARTITION events_2024_kind;
CREATE INDEX events_2025_kind ON events_2025 (kind);
ALTER INDEX events_kind ATTACH PARTITION events_2025_kind;
