CREATE TABLE items (
    id bigserial PRIMARY KEY,
    code varchar(10) NOT NULL,
    label varchar(5),
    price numeric(10,0) NOT NULL,
    sold_at date,
    qty integer NOT NULL DEFAULT 0
);
CREATE INDEX items_code_idx ON items (code);
