-- expect: 4 0A000 cannot alter type of a column used by a view or rule
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
ALTER TABLE t ALTER a TYPE bigint;
