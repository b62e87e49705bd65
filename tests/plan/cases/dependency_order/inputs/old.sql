-- Objects that need each other: the steps follow the dependencies, not
-- the order of object kinds or names.
CREATE TABLE accounts (id integer PRIMARY KEY, cents integer NOT NULL);
CREATE FUNCTION old_total() RETURNS bigint LANGUAGE sql AS $$ SELECT sum(cents) FROM accounts $$;
CREATE VIEW old_report AS SELECT old_total() AS total;
