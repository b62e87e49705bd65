-- name: sign_up
INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING RETURNING id;
-- name: sign_up_ci
INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT (lower(email)) DO NOTHING RETURNING id;
-- name: get_user
SELECT id, email, name, nickname, legacy_flag FROM users WHERE id = $1;
-- name: set_nickname
UPDATE users SET nickname = $2 WHERE id = $1;
