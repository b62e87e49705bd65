-- expect: 3 42703 column "b" does not exist
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT b FROM t;
