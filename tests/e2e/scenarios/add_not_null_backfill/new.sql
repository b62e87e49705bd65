CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    country_code text NOT NULL,
    region text NOT NULL
);
