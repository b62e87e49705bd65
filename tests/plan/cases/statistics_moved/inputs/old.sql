CREATE TABLE t (id int PRIMARY KEY, a integer, b text);
CREATE STATISTICS s ON a, b FROM t;
CREATE STATISTICS s2 ON (a + 1), b FROM t;
