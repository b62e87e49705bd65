CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, note varchar(20));
CREATE TABLE customer_events (id bigint PRIMARY KEY, customer_id bigint, what text);
