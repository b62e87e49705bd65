CREATE TABLE products (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    stock integer NOT NULL DEFAULT 0
);
