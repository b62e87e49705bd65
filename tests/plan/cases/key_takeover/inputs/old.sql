-- Keys: an existing unique index becomes the primary key (taken over, not
-- built again); a primary key moves to another column; a unique key
-- changes its columns (built concurrently under a temporary name).
CREATE TABLE accounts (id integer NOT NULL, email text NOT NULL, tenant integer NOT NULL);
CREATE UNIQUE INDEX accounts_pkey ON accounts (id);
CREATE TABLE sessions (id integer PRIMARY KEY, token text NOT NULL);
CREATE TABLE members (tenant integer NOT NULL, email text NOT NULL, CONSTRAINT members_key UNIQUE (email));
