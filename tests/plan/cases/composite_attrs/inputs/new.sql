CREATE TYPE addr AS (street text COLLATE "C", zip bigint, city text);
CREATE TYPE pair AS (a integer, b integer, c integer);
CREATE TABLE sites (id bigint PRIMARY KEY, p pair);
