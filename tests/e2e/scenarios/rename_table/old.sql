CREATE TABLE people (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    email text
);
CREATE INDEX people_email_idx ON people (email);
