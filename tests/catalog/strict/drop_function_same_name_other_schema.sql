-- expect: ok
CREATE SCHEMA s;
CREATE FUNCTION s.f(a integer) RETURNS integer LANGUAGE sql AS $$ SELECT a $$;
CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE sql AS $$ SELECT a $$;
CREATE VIEW v AS SELECT f(1) AS x;
DROP FUNCTION s.f(integer);
