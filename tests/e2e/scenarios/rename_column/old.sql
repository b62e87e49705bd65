CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    email text
);
CREATE INDEX customers_name_idx ON customers (name);
