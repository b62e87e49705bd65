-- name: log_event
INSERT INTO events (kind, payload) VALUES ($1, $2) RETURNING id, public_id;
-- name: get_event
SELECT id, kind, payload, public_id, seen_at FROM events WHERE id = $1;
-- name: get_by_public_id
SELECT id, kind FROM events WHERE public_id = $1;
-- name: touch
UPDATE events SET seen_at = clock_timestamp() WHERE public_id = $1;
