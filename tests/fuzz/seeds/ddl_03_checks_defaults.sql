-- 03: CHECK expressions and column defaults written by hand, which
-- PostgreSQL stores (and pg_dump prints) in its own spelling: casts made
-- explicit, IN turned into = ANY (ARRAY[...]), BETWEEN expanded, LIKE into
-- ~~, numeric literals cast to the column type, extra parentheses.

CREATE TYPE status AS ENUM ('draft', 'live', 'archived');

CREATE TABLE items (
    id integer PRIMARY KEY,
    code varchar(12) NOT NULL CHECK (code LIKE 'IT-%'),
    name text CHECK (name NOT LIKE '%--%' AND name ILIKE '_%'),
    kind text NOT NULL CHECK (kind IN ('a', 'b', 'c')),
    kind2 varchar(10) CHECK (kind2 NOT IN ('x', 'y')),
    qty integer DEFAULT 0 CHECK (qty BETWEEN 0 AND 1000),
    price numeric(10,2) DEFAULT 0.00 CHECK (price >= 0),
    discount numeric CHECK (discount > 0.5 AND discount <= 99.99),
    weight real DEFAULT -1 CHECK (weight <> -1.5),
    ratio double precision DEFAULT 1e-3,
    big bigint DEFAULT -9223372036854775807,
    flag boolean DEFAULT true NOT NULL,
    flag2 bool DEFAULT 'f',
    st status DEFAULT 'draft' NOT NULL,
    st2 status DEFAULT 'live'::status CHECK (st2 <> 'archived'),
    label char(3) DEFAULT 'abc' CHECK (label ~ '^[a-z]+$'),
    created_at timestamptz DEFAULT now() NOT NULL,
    created_at2 timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    created_on date DEFAULT CURRENT_DATE,
    created_local timestamp DEFAULT LOCALTIMESTAMP,
    created_time time DEFAULT CURRENT_TIME,
    at_utc timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc'),
    expires_at timestamptz DEFAULT now() + interval '30 days',
    span interval DEFAULT '1 hour',
    doc jsonb DEFAULT '{}'::jsonb NOT NULL,
    doc2 json DEFAULT '[]',
    tags text[] DEFAULT '{}' NOT NULL,
    tags2 text[] DEFAULT ARRAY[]::text[],
    nums integer[] DEFAULT ARRAY[1, 2, 3],
    matrix int[][] DEFAULT '{{1,2},{3,4}}',
    uid uuid DEFAULT gen_random_uuid(),
    who text DEFAULT CURRENT_USER,
    who2 name DEFAULT session_user,
    rnd double precision DEFAULT random(),
    txt text DEFAULT 'it''s',
    txt2 text DEFAULT E'tab\there',
    empty text DEFAULT '',
    nul text DEFAULT NULL,
    bits bit(4) DEFAULT B'1010',
    bytes bytea DEFAULT '\x00ff'::bytea,
    yr integer DEFAULT EXTRACT(year FROM now()),
    lowered text DEFAULT lower('ABC'),
    coalesced text DEFAULT COALESCE(NULL, 'x'),
    cased integer DEFAULT CASE WHEN true THEN 1 ELSE 2 END,
    CHECK (qty::numeric * price < 1000000),
    CHECK (created_at <= expires_at),
    CHECK (doc ? 'version' OR doc = '{}'::jsonb),
    CHECK (char_length(code) >= 4 AND upper(code) = code::text),
    CHECK (cardinality(tags) < 50),
    CHECK (kind = ANY (ARRAY['a'::text, 'b'::text, 'c'::text])),
    CHECK (price IS NOT NULL OR qty IS NULL),
    CHECK (NOT (flag AND flag2 IS NULL)),
    CHECK (created_on > '2000-01-01'),
    CHECK (created_on > DATE '2000-01-01'),
    CHECK (span < '1 year'::interval),
    CHECK (ratio::numeric(5,3) <= 1.000),
    CHECK (label SIMILAR TO '[a-z]{3}'),
    CHECK (coalesce(discount, 0) < 100),
    CONSTRAINT items_bigcheck CHECK ((((qty >= 0))) AND (qty IS DISTINCT FROM 7))
);

-- Defaults set, changed and dropped after creation.
CREATE TABLE settings (
    key text PRIMARY KEY,
    value text,
    version integer,
    updated_at timestamptz
);
ALTER TABLE settings ALTER COLUMN version SET DEFAULT 1;
ALTER TABLE settings ALTER COLUMN updated_at SET DEFAULT now();
ALTER TABLE settings ALTER COLUMN value SET DEFAULT 'none';
ALTER TABLE settings ALTER COLUMN value DROP DEFAULT;
ALTER TABLE settings ALTER COLUMN version SET NOT NULL;
ALTER TABLE settings ADD CONSTRAINT settings_key_check CHECK (key ~* '^[a-z_.]+$' AND length(key) BETWEEN 1 AND 64);

-- Generated columns.
CREATE TABLE measurements (
    id integer PRIMARY KEY,
    celsius numeric(5,2) NOT NULL,
    fahrenheit numeric GENERATED ALWAYS AS (celsius * 9 / 5 + 32) STORED,
    label text GENERATED ALWAYS AS ('id-' || id::text) STORED
);
