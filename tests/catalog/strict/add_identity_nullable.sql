-- expect: 3 55000 column "a" of relation "t" must be declared NOT NULL before identity can be added
CREATE TABLE t (a int);
ALTER TABLE t ALTER a ADD GENERATED ALWAYS AS IDENTITY;
