-- expect: 5 2BP01 cannot drop index t_pkey1 because constraint t_pkey1 on table t requires it
CREATE TABLE t (a int);
CREATE INDEX t_pkey ON t (a);
ALTER TABLE t ADD PRIMARY KEY (a);
DROP INDEX t_pkey1;
