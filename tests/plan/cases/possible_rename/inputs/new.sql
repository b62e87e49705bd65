CREATE TABLE customers (id bigint PRIMARY KEY, full_name text NOT NULL, remark varchar(20));
CREATE TABLE client_events (id bigint PRIMARY KEY, customer_id bigint, what text);
