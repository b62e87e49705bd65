-- expect: 4 0A000 cannot drop partitioned index "p_a" concurrently
CREATE TABLE p (a int) PARTITION BY LIST (a);
CREATE INDEX p_a ON p (a);
DROP INDEX CONCURRENTLY p_a;
