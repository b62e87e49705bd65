CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL DEFAULT now());
