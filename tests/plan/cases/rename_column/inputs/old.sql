CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, note varchar(20));
