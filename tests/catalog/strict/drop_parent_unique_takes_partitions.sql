-- expect: 5 42704 constraint "p1_a_key" of relation "p1" does not exist
CREATE TABLE p (a int UNIQUE) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
ALTER TABLE p DROP CONSTRAINT p_a_key;
ALTER TABLE p1 DROP CONSTRAINT p1_a_key;
