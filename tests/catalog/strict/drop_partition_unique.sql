-- expect: 4 42P16 cannot drop inherited constraint "p1_a_key" of relation "p1"
CREATE TABLE p (a int UNIQUE) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
ALTER TABLE p1 DROP CONSTRAINT p1_a_key;
