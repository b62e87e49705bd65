-- name: sign_up
INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING RETURNING id;
-- name: get_user
SELECT id, email, name, legacy_flag FROM users WHERE id = $1;
-- name: flagged
SELECT count(*) FROM users WHERE legacy_flag;
