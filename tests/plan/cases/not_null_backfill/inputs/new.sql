CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, email_lower text NOT NULL);
