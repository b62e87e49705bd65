CREATE TABLE users (id bigint PRIMARY KEY, handle varchar(60) NOT NULL, bio text);
