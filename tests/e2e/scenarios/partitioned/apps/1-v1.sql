-- name: record
INSERT INTO events (region, kind) VALUES ($1, $2) RETURNING id;
-- name: events_of
SELECT id, kind FROM events WHERE region = $1 ORDER BY created_at DESC LIMIT 20;
