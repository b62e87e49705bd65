-- expect: 3 42883 function add(integer, integer) does not exist
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT add(a, 1) FROM t;
