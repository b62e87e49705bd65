-- name: record
INSERT INTO events (kind) VALUES ($1) RETURNING id;
-- name: recent_logins
SELECT id, at FROM events WHERE kind = 'login' ORDER BY at DESC LIMIT 10;
-- name: errors
SELECT count(*) FROM events WHERE kind = 'error';
-- name: auth_events
SELECT id FROM events WHERE kind LIKE 'log%';
