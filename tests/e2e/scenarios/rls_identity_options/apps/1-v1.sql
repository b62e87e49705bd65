-- name: create_doc
INSERT INTO docs (owner, title, body) VALUES ($1, $2, $3) RETURNING id;
-- name: get_doc
SELECT id, owner, title, body, body_len FROM docs WHERE id = $1;
-- name: open_ticket
INSERT INTO tickets (subject) VALUES ($1) RETURNING id;
-- name: log_event
INSERT INTO events (kind) VALUES ($1) RETURNING id;
-- name: get_ticket
SELECT id, subject FROM tickets WHERE id = $1;
