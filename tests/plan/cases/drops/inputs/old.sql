CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_flag boolean NOT NULL DEFAULT false, old_note text NOT NULL);
CREATE TABLE audit (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), what text);
CREATE INDEX audit_user_id_idx ON audit (user_id);
CREATE VIEW user_emails AS SELECT id, email FROM users;
