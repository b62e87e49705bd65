-- expect: 4 2BP01 cannot drop function add(integer,integer) because other objects depend on it
CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE TABLE t (a int CHECK (add(a, 1) > 0));
DROP FUNCTION add(integer, integer);
