CREATE SCHEMA app;
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name text, age integer,
    active boolean NOT NULL DEFAULT true, m mood, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE posts (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),
    title text NOT NULL, body text, views integer NOT NULL DEFAULT 0, slug text);
CREATE UNIQUE INDEX posts_slug_live ON posts (slug) WHERE body IS NOT NULL;
CREATE TABLE app.settings (key text PRIMARY KEY, value text);
CREATE TABLE tags (post_id bigint, tag text, UNIQUE (post_id, tag));
CREATE VIEW active_users AS SELECT id, email FROM users WHERE active;
CREATE FUNCTION add1(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1';
CREATE FUNCTION greet(a text, b text DEFAULT 'x') RETURNS text LANGUAGE sql AS 'SELECT a || b';
CREATE TABLE "Mixed" ("Id" int PRIMARY KEY, "Name" text);
CREATE SEQUENCE seq1;
CREATE TABLE docs (id int GENERATED ALWAYS AS IDENTITY, body text NOT NULL, CHECK (body IS NOT NULL));
CREATE TABLE items (id bigint PRIMARY KEY, price numeric(10,2), attrs jsonb, labels text[], seen timestamptz, state mood);
CREATE VIEW item_totals AS SELECT state, sum(price) AS total FROM items GROUP BY state;
CREATE FUNCTION item_count(n bigint) RETURNS bigint LANGUAGE sql AS 'SELECT n';
CREATE FUNCTION item_pairs(n integer) RETURNS TABLE (a integer, b integer) LANGUAGE sql AS 'SELECT n, n';
