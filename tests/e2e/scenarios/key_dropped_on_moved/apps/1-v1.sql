-- name: persist_event
INSERT INTO events (stream_ordering, event_id, room) VALUES ($1, $2, $3);
-- name: get_event
SELECT stream_ordering, event_id, room FROM events WHERE event_id = $1;
-- name: room_events
SELECT event_id FROM events WHERE room = $1 AND stream_ordering > $2 ORDER BY stream_ordering;
