-- expect: 2 42P01 relation "nope" does not exist
CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1 FROM nope; END;
