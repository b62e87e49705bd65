CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    full_name text NOT NULL,
    email text
);
CREATE INDEX customers_name_idx ON customers (full_name);
