CREATE TABLE users (id bigint PRIMARY KEY, handle varchar(30) NOT NULL, bio varchar(100));
