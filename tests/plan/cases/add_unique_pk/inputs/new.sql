CREATE TABLE accounts (id bigint PRIMARY KEY, login text NOT NULL, CONSTRAINT accounts_login_key UNIQUE (login));
CREATE TABLE tags (name text NOT NULL PRIMARY KEY, label text);
