CREATE TABLE items (
    id bigserial PRIMARY KEY,
    code varchar(20) NOT NULL,
    label text,
    price numeric(10,2) NOT NULL,
    sold_at timestamptz,
    qty bigint NOT NULL DEFAULT 0
);
CREATE INDEX items_code_idx ON items (code);
