-- name: record
INSERT INTO events (account_id, kind) VALUES ($1, $2) RETURNING id;
-- name: recent_events_of
SELECT id, kind, created_at FROM events WHERE account_id = $1 ORDER BY created_at DESC LIMIT 20;
-- name: recent_signups
SELECT id, account_id FROM events WHERE kind = 'signup' AND created_at > $1 ORDER BY created_at;
