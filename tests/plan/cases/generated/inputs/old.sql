CREATE TABLE items (id bigint PRIMARY KEY, price numeric NOT NULL, qty integer NOT NULL,
    total numeric GENERATED ALWAYS AS (price * qty) STORED,
    legacy numeric GENERATED ALWAYS AS (price * 2) STORED,
    label text);
CREATE INDEX items_total_idx ON items (total);
