-- expect: 2 42P01 relation "users" does not exist
CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM users $$;
