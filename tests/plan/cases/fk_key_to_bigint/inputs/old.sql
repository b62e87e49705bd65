CREATE TABLE accounts (id serial PRIMARY KEY, name text NOT NULL, ext integer);
CREATE UNIQUE INDEX accounts_ext_key ON accounts (ext);
CREATE INDEX accounts_ext_expr_idx ON accounts ((ext % 10)) WHERE ext > 0;
CREATE TABLE orders (id bigserial PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts (id), amount integer NOT NULL);
CREATE INDEX orders_account_id_idx ON orders (account_id);
CREATE TABLE notes (id bigserial PRIMARY KEY, account_id integer REFERENCES accounts (id) ON DELETE CASCADE, body text);
