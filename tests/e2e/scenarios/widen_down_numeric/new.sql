CREATE TABLE prices (
    id bigserial PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    valid_on timestamp with time zone NOT NULL
);
