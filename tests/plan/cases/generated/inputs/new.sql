CREATE TABLE items (id bigint PRIMARY KEY, price numeric NOT NULL, qty integer NOT NULL,
    total numeric GENERATED ALWAYS AS (price * qty * 1.2) STORED,
    legacy numeric,
    label text GENERATED ALWAYS AS ('item ' || id) STORED);
CREATE INDEX items_total_idx ON items (total);
