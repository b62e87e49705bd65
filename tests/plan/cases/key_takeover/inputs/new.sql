CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, tenant integer NOT NULL);
CREATE TABLE sessions (id integer, token text PRIMARY KEY);
CREATE TABLE members (tenant integer NOT NULL, email text NOT NULL, CONSTRAINT members_key UNIQUE (tenant, email));
