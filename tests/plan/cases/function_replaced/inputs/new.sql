CREATE FUNCTION area(width integer, height integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT width * height';
