CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    legacy_flag boolean NOT NULL DEFAULT false
);
CREATE TABLE old_sessions (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    token text NOT NULL
);
CREATE INDEX old_sessions_user_id_idx ON old_sessions (user_id);
