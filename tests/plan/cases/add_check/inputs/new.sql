CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, CONSTRAINT orders_total_positive CHECK (total >= 0));
