-- name: log_event
INSERT INTO events (kind, payload) VALUES ($1, $2) RETURNING id;
-- name: get_event
SELECT id, kind, payload FROM events WHERE id = $1;
