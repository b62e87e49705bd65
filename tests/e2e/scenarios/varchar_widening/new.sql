CREATE TABLE members (
    id bigserial PRIMARY KEY,
    email varchar(255) NOT NULL,
    display_name text
);
CREATE UNIQUE INDEX members_email_key ON members (email);
