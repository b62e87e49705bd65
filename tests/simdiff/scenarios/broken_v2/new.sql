CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL,
    nickname text
);
CREATE UNIQUE INDEX users_lower_email_key ON users (lower(email));
