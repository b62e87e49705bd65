CREATE TABLE accounts (id integer PRIMARY KEY, cents integer NOT NULL);
-- "a_dollars" sorts before "b_cents" but calls it: SQL bodies are checked
-- at creation, so b_cents must come first.
CREATE FUNCTION b_cents(i integer) RETURNS integer LANGUAGE sql AS $$ SELECT cents FROM accounts WHERE id = i $$;
CREATE FUNCTION a_dollars(i integer) RETURNS numeric LANGUAGE sql AS $$ SELECT b_cents(i) / 100.0 $$;
CREATE VIEW account_dollars AS SELECT id, a_dollars(id) AS dollars FROM accounts;
