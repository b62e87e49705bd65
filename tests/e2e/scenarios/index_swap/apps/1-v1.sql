-- name: record
INSERT INTO events (account_id, kind) VALUES ($1, $2) RETURNING id;
-- name: events_of
SELECT id, kind FROM events WHERE account_id = $1 ORDER BY id DESC LIMIT 20;
