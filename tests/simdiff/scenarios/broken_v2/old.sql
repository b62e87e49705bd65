CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL,
    legacy_flag boolean NOT NULL DEFAULT false,
    CONSTRAINT users_email_key UNIQUE (email)
);
