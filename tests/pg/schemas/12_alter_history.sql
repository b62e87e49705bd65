-- 12: a schema built the way migration histories build it: objects created
-- and then renamed, retyped, moved and dropped, where PostgreSQL carries
-- the dependants along (views, indexes, CHECKs and defaults follow renamed
-- columns, tables, sequences and types because they point at OIDs, not
-- names) or drops them with what they depend on.

CREATE SCHEMA legacy;
CREATE SCHEMA core;

CREATE TYPE legacy.state AS ENUM ('new', 'done');
CREATE SEQUENCE legacy.ticket_ids;
CREATE TABLE legacy.tickets (
    id integer DEFAULT nextval('legacy.ticket_ids') PRIMARY KEY,
    title text NOT NULL,
    body text,
    st legacy.state DEFAULT 'new' NOT NULL,
    prio integer CHECK (prio BETWEEN 1 AND 5),
    owner_id integer,
    obsolete text,
    obsolete2 integer
);
CREATE INDEX tickets_title ON legacy.tickets (lower(title));
CREATE INDEX tickets_obsolete ON legacy.tickets (obsolete);
CREATE INDEX tickets_multi ON legacy.tickets (owner_id, obsolete2);
ALTER TABLE legacy.tickets ADD CONSTRAINT tickets_obsolete_check CHECK (obsolete <> '');
CREATE TABLE legacy.owners (id integer PRIMARY KEY, name text);
ALTER TABLE legacy.tickets ADD CONSTRAINT tickets_owner_fk FOREIGN KEY (owner_id) REFERENCES legacy.owners (id);
CREATE VIEW legacy.open_tickets AS SELECT id, title FROM legacy.tickets WHERE st = 'new' AND body IS NOT NULL;

-- Column renames: the index expression, the CHECK and the view follow.
ALTER TABLE legacy.tickets RENAME COLUMN title TO subject;
ALTER TABLE legacy.tickets RENAME COLUMN prio TO priority;
-- Table, sequence, type and schema renames: FKs, defaults, columns follow.
ALTER TABLE legacy.owners RENAME TO people;
ALTER SEQUENCE legacy.ticket_ids RENAME TO ticket_numbers;
ALTER TYPE legacy.state RENAME TO ticket_state;
ALTER TYPE legacy.ticket_state ADD VALUE 'blocked' BEFORE 'done';
ALTER TYPE legacy.ticket_state RENAME VALUE 'new' TO 'open';
-- Dropping a column drops the indexes and constraints that use it.
ALTER TABLE legacy.tickets DROP COLUMN obsolete;
ALTER TABLE legacy.tickets DROP COLUMN obsolete2;
-- A type change keeps the index (rebuilt) and the default.
ALTER TABLE legacy.tickets ALTER COLUMN priority TYPE smallint;
-- Renaming a PK / unique constraint renames its index, and vice versa.
ALTER TABLE legacy.people RENAME CONSTRAINT owners_pkey TO people_pkey;
ALTER TABLE legacy.people ADD CONSTRAINT owners_name_key UNIQUE (name);
ALTER INDEX legacy.owners_name_key RENAME TO people_name_key;
-- Moving a table moves its indexes, constraints and owned sequences.
CREATE TABLE legacy.events (id serial PRIMARY KEY, ticket_id integer REFERENCES legacy.tickets, at timestamptz DEFAULT now());
CREATE INDEX events_at ON legacy.events (at);
ALTER TABLE legacy.events SET SCHEMA core;
ALTER SCHEMA legacy RENAME TO support;
-- Dropping a table drops the FKs that point at it elsewhere (CASCADE),
-- and a view over it.
CREATE TABLE core.tags (id integer PRIMARY KEY, label text);
CREATE TABLE core.event_tags (event_id integer REFERENCES core.events, tag_id integer REFERENCES core.tags);
CREATE VIEW core.tag_labels AS SELECT label FROM core.tags;
DROP TABLE core.tags CASCADE;
-- Dropping a type with CASCADE drops the columns of that type.
CREATE TYPE core.color AS ENUM ('red');
ALTER TABLE core.events ADD COLUMN color core.color, ADD COLUMN note text;
DROP TYPE core.color CASCADE;
-- Identity dropped, default replaced, NOT NULL dropped, then a rename that
-- a trigger's UPDATE OF list follows.
CREATE TABLE core.counters (id integer GENERATED ALWAYS AS IDENTITY, n integer NOT NULL DEFAULT 0, label text NOT NULL);
ALTER TABLE core.counters ALTER COLUMN id DROP IDENTITY;
ALTER TABLE core.counters ALTER COLUMN n SET DEFAULT 1;
ALTER TABLE core.counters ALTER COLUMN label DROP NOT NULL;
CREATE FUNCTION core.bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER counters_bump BEFORE UPDATE OF n ON core.counters FOR EACH ROW EXECUTE FUNCTION core.bump();
ALTER TABLE core.counters RENAME COLUMN n TO amount;
ALTER FUNCTION core.bump() RENAME TO bump_counter;
-- A policy and a comment on a renamed column follow it too.
ALTER TABLE core.counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY counters_positive ON core.counters USING (amount > 0);
COMMENT ON COLUMN core.counters.label IS 'what is counted';
ALTER TABLE core.counters RENAME COLUMN label TO what;
ALTER TABLE core.counters RENAME COLUMN amount TO total;
