CREATE FUNCTION area(w integer, h integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT w * h';
CREATE FUNCTION gone(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
