-- expect: 3 2BP01 cannot drop index t_pk because constraint t_pk on table t requires it
CREATE TABLE t (a int CONSTRAINT t_pk PRIMARY KEY);
DROP INDEX t_pk;
