-- name: create_user
INSERT INTO users (email, legacy_flag) VALUES ($1, $2) RETURNING id;
-- name: get_user
SELECT id, email, legacy_flag FROM users WHERE id = $1;
-- name: start_session
INSERT INTO old_sessions (user_id, token) VALUES ($1, $2) RETURNING id;
-- name: sessions_of
SELECT s.id, s.token FROM old_sessions s JOIN users u ON u.id = s.user_id WHERE u.id = $1;
