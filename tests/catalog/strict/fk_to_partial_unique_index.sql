-- expect: 4 42830 there is no unique constraint matching given keys for referenced table "r"
CREATE TABLE r (id int);
CREATE UNIQUE INDEX r_id ON r (id) WHERE id > 0;
CREATE TABLE t (rid int REFERENCES r (id));
