-- expect: 5 2BP01 cannot drop function s.f(integer) because other objects depend on it
CREATE SCHEMA s;
CREATE FUNCTION s.f(a integer) RETURNS integer LANGUAGE sql AS $$ SELECT a $$;
CREATE VIEW v AS SELECT s.f(1) AS x;
DROP FUNCTION s.f(integer);
