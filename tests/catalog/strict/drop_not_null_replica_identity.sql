-- expect: 5 42P16 column "a" is in index used as replica identity
CREATE TABLE t (a int NOT NULL);
CREATE UNIQUE INDEX t_a ON t (a);
ALTER TABLE t REPLICA IDENTITY USING INDEX t_a;
ALTER TABLE t ALTER a DROP NOT NULL;
