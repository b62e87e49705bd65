CREATE TABLE accounts (id bigint PRIMARY KEY, login text NOT NULL);
CREATE TABLE tags (name text NOT NULL, label text);
