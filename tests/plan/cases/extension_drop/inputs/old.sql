-- An extension in a schema that goes too: the extension first.
CREATE SCHEMA tools;
CREATE EXTENSION amcheck WITH SCHEMA tools;
CREATE TABLE t (id integer);
