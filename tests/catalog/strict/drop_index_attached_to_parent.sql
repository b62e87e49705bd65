-- expect: 5 2BP01 cannot drop index p1_a_idx because index p_a requires it
CREATE TABLE p (a int) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
CREATE INDEX p_a ON p (a);
DROP INDEX p1_a_idx;
