-- expect: 4 42P07 relation "t_pkey" already exists
CREATE TABLE t (a int);
CREATE INDEX t_pkey ON t (a);
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (a);
