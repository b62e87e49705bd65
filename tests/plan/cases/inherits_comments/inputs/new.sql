CREATE TABLE t (id int PRIMARY KEY, v text, CONSTRAINT t_v_check CHECK (v <> ''));
CREATE VIEW tv AS SELECT id, v FROM t;
COMMENT ON COLUMN tv.v IS 'the value';
COMMENT ON CONSTRAINT t_v_check ON t IS 'never empty';
CREATE TABLE base (id int);
CREATE TABLE kid (id int) INHERITS (base);
