CREATE TABLE items (id bigint PRIMARY KEY, price numeric NOT NULL DEFAULT 0, qty integer);
CREATE VIEW cheap_items AS SELECT id, price, qty FROM items WHERE price < 5;
