CREATE TABLE persons (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    email text
);
CREATE INDEX persons_email_idx ON persons (email);
