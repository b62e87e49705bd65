CREATE TABLE items (id bigint PRIMARY KEY, price numeric NOT NULL, qty integer DEFAULT 1);
CREATE VIEW cheap_items AS SELECT id, price FROM items WHERE price < 10;
