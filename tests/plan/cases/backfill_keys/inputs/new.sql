-- A rewriting type change (n: integer -> bigint) on tables keyed every way
-- a backfill can walk: uuid, text with its own collation, a composite key,
-- a unique index on NOT NULL columns; and one table with no usable key.
CREATE TABLE by_uuid (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), n bigint NOT NULL);
CREATE TABLE by_text (code text COLLATE "C" PRIMARY KEY, n bigint NOT NULL);
CREATE TABLE by_pair (a integer NOT NULL, b text NOT NULL, n bigint NOT NULL, PRIMARY KEY (a, b));
CREATE TABLE by_index (k uuid NOT NULL, n bigint NOT NULL);
CREATE UNIQUE INDEX by_index_k ON by_index (k);
CREATE TABLE no_key (x integer, n bigint NOT NULL);
