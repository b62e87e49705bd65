-- expect: ok
CREATE TABLE r (id int, x int);
CREATE UNIQUE INDEX r_x_id ON r (x, id);
CREATE TABLE t (rid int, rx int, FOREIGN KEY (rid, rx) REFERENCES r (id, x));
