-- 04: user types: enums (with values added later, BEFORE/AFTER), domains
-- (NOT NULL, DEFAULT, named and unnamed CHECKs, over arrays and other
-- domains), composites, ranges, and columns and arrays using them, in
-- several schemas.

CREATE SCHEMA kinds;

CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';
ALTER TYPE mood ADD VALUE 'awful' BEFORE 'sad';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok';
CREATE TYPE kinds.color AS ENUM ();
ALTER TYPE kinds.color ADD VALUE 'red';
ALTER TYPE kinds.color ADD VALUE 'green';
CREATE TYPE kinds."Weird Enum" AS ENUM ('with space', 'with''quote', 'UPPER', '');
ALTER TYPE kinds.color RENAME VALUE 'green' TO 'verde';

CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN email_address AS text
    CONSTRAINT email_has_at CHECK (VALUE ~ '@')
    CONSTRAINT email_not_empty CHECK (length(VALUE) > 3);
CREATE DOMAIN kinds.short_code AS varchar(8) COLLATE "C" DEFAULT 'none' NOT NULL;
CREATE DOMAIN kinds.percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN small_posint AS posint CHECK (VALUE < 1000);
CREATE DOMAIN int_list AS integer[] CHECK (cardinality(VALUE) <= 10);
ALTER DOMAIN posint ADD CONSTRAINT posint_not_huge CHECK (VALUE < 1000000000);
ALTER DOMAIN email_address SET NOT NULL;
ALTER DOMAIN kinds.percent SET DEFAULT 0;
ALTER DOMAIN email_address DROP CONSTRAINT email_not_empty;

CREATE TYPE address AS (
    street text,
    city varchar(80),
    zip char(5),
    location point
);
CREATE TYPE kinds.money_amount AS (amount numeric(12,2), currency char(3));
ALTER TYPE kinds.money_amount ADD ATTRIBUTE note text;

CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);

CREATE TABLE people (
    id posint PRIMARY KEY,
    feeling mood DEFAULT 'ok',
    feelings mood[] DEFAULT '{}',
    email email_address,
    home address,
    homes address[],
    fav kinds.color,
    code kinds.short_code,
    pct kinds.percent DEFAULT 50,
    budget kinds.money_amount,
    weird kinds."Weird Enum" DEFAULT 'with''quote',
    tiny small_posint,
    favs int_list,
    span floatrange,
    nums int4range DEFAULT '[1,10)',
    CHECK (feeling <> 'awful'),
    CHECK ((home).city IS NOT NULL)
);

CREATE TABLE kinds.palette (
    id integer PRIMARY KEY,
    colors kinds.color[] NOT NULL DEFAULT ARRAY['red']::kinds.color[],
    main kinds.color DEFAULT 'red'::kinds.color
);

COMMENT ON TYPE mood IS 'how it feels';
COMMENT ON DOMAIN posint IS 'strictly positive';
COMMENT ON TYPE kinds.money_amount IS 'amount + currency';
