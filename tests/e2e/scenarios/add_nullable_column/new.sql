CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    nickname text,
    created_at timestamptz NOT NULL DEFAULT now()
);
