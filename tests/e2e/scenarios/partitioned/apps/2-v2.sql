-- name: record
INSERT INTO events (region, kind) VALUES ($1, $2) RETURNING id;
-- name: recent_of_kind
SELECT id, region FROM events WHERE kind = $1 AND created_at > $2 ORDER BY created_at;
