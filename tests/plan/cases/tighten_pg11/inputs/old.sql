CREATE TABLE users (id bigint PRIMARY KEY, email text, phone text NOT NULL);
