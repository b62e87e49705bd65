-- expect: 6 42704 index "p1_a_idx" does not exist
CREATE TABLE p (a int) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
CREATE INDEX p_a ON p (a);
DROP INDEX p_a;
DROP INDEX p1_a_idx;
