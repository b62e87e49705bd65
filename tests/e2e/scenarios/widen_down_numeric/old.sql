CREATE TABLE prices (
    id bigserial PRIMARY KEY,
    amount numeric(10,0) NOT NULL,
    valid_on date NOT NULL
);
