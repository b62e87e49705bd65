-- expect: ok
CREATE TABLE users (name text);
CREATE FUNCTION f(n text) RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM users WHERE name = n AND name <> $1 $$;
