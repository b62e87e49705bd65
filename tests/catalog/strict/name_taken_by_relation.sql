-- expect: 3 42P07 relation "t" already exists
CREATE TABLE t (a int);
CREATE INDEX t ON t (a);
