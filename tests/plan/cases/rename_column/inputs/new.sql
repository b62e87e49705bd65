CREATE TABLE customers (id bigint PRIMARY KEY, full_name text NOT NULL, remark varchar(20));
