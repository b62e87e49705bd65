CREATE DOMAIN posint AS integer DEFAULT 1 NOT NULL CHECK (VALUE > 0) CHECK (VALUE < 200);
CREATE DOMAIN email AS text CONSTRAINT email_len CHECK (length(VALUE) < 200) CONSTRAINT email_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN code AS text;
CREATE DOMAIN lax AS text CONSTRAINT lax_check CHECK (VALUE <> '');
CREATE TABLE people (id bigint PRIMARY KEY, age posint, mail email, c code, l lax);
