-- expect: 3 42704 there is no primary key for referenced table "r"
CREATE TABLE r (id int UNIQUE);
CREATE TABLE t (rid int REFERENCES r);
