CREATE TABLE members (
    id bigserial PRIMARY KEY,
    email varchar(100) NOT NULL,
    display_name varchar(50)
);
CREATE UNIQUE INDEX members_email_key ON members (email);
