\connect foo
\restrict abc
CREATE TABLE t (id int);
\unrestrict abc
\set x 1
COPY t (id) FROM stdin;
1
2
\.
CREATE TABLE u (id int);
