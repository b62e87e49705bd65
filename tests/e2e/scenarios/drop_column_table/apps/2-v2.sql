-- name: create_user
INSERT INTO users (email) VALUES ($1) RETURNING id;
-- name: get_user
SELECT id, email FROM users WHERE id = $1;
-- name: set_email
UPDATE users SET email = $2 WHERE id = $1;
