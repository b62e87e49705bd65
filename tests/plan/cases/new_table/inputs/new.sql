CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE sessions (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), token text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now(), CHECK (length(token) > 10));
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE VIEW active_sessions AS SELECT id, user_id FROM sessions;
CREATE FUNCTION session_count(uid bigint) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM sessions WHERE user_id = uid $$;
