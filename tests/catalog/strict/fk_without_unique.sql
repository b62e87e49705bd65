-- expect: 3 42830 there is no unique constraint matching given keys for referenced table "r"
CREATE TABLE r (id int, x int);
CREATE TABLE t (rid int REFERENCES r (id));
