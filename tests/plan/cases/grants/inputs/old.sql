CREATE SCHEMA app;
CREATE TABLE app.items (id bigint PRIMARY KEY, name text, secret text);
CREATE TABLE app.gone (id bigint PRIMARY KEY);
CREATE SEQUENCE app.ticket_seq;
CREATE FUNCTION app.f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
GRANT USAGE ON SCHEMA app TO PUBLIC;
GRANT SELECT, UPDATE ON app.items TO PUBLIC;
GRANT SELECT ON app.gone TO PUBLIC;
GRANT USAGE ON SEQUENCE app.ticket_seq TO PUBLIC;
