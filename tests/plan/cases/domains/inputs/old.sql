CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN email AS text CONSTRAINT email_len CHECK (length(VALUE) < 300);
CREATE DOMAIN code AS text DEFAULT 'x' NOT NULL CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
CREATE DOMAIN lax AS text;
ALTER DOMAIN lax ADD CONSTRAINT lax_check CHECK (VALUE <> '') NOT VALID;
CREATE TABLE people (id bigint PRIMARY KEY, age posint, mail email, c code, l lax);
