-- name: create_user
INSERT INTO users (email, nickname) VALUES ($1, $2) RETURNING id;
-- name: get_user
SELECT id, email, nickname, created_at FROM users WHERE id = $1;
-- name: set_nickname
UPDATE users SET nickname = $2 WHERE id = $1;
