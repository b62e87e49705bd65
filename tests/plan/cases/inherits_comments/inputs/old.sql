-- INHERITS added to an existing table; a comment on a view's column and on a constraint.
CREATE TABLE t (id int PRIMARY KEY, v text, CONSTRAINT t_v_check CHECK (v <> ''));
CREATE VIEW tv AS SELECT id, v FROM t;
CREATE TABLE base (id int);
CREATE TABLE kid (id int);
