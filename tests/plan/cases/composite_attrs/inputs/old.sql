CREATE TYPE addr AS (street text, zip integer, note text);
CREATE TYPE pair AS (a integer, b integer);
CREATE TABLE sites (id bigint PRIMARY KEY, p pair);
