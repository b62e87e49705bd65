-- expect: 4 42P16 cannot drop columns from view
CREATE TABLE t (a int, b int);
CREATE VIEW v AS SELECT a, b FROM t;
CREATE OR REPLACE VIEW v AS SELECT a FROM t;
