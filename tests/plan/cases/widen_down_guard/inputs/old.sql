CREATE TABLE t (id bigint PRIMARY KEY, name varchar(10) NOT NULL, amount numeric(10,0), valid_on date, ratio real, code character(4));
