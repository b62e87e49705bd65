CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, token uuid NOT NULL DEFAULT gen_random_uuid(), seen_at timestamptz DEFAULT clock_timestamp());
