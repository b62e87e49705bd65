-- name: log_action
INSERT INTO audit_log (id, action) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING;
-- name: get_log
SELECT id, action, at FROM audit_log WHERE id = $1;
-- name: upsert_user
INSERT INTO users (email) VALUES ($1) ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id;
-- name: find_user
SELECT id FROM users WHERE email = $1;
