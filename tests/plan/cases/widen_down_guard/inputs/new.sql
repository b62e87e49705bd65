CREATE TABLE t (id bigint PRIMARY KEY, name varchar(20) NOT NULL, amount numeric(12,2), valid_on timestamptz, ratio double precision, code text);
