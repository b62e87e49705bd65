-- expect: 3 42710 constraint "c" for relation "t" already exists
CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0));
ALTER TABLE t ADD CONSTRAINT c CHECK (a < 10);
