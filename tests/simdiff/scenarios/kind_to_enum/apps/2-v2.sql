-- name: record
INSERT INTO events (kind) VALUES ($1::event_kind) RETURNING id;
-- name: recent_logins
SELECT id, at FROM events WHERE kind = 'login' ORDER BY at DESC LIMIT 10;
-- name: by_kind
SELECT count(*) FROM events WHERE kind = $1;
