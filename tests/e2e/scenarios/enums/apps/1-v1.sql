-- name: open_ticket
INSERT INTO tickets (title) VALUES ($1) RETURNING id;
-- name: close_ticket
UPDATE tickets SET status = 'closed' WHERE id = $1;
-- name: get_ticket
SELECT id, title, status FROM tickets WHERE id = $1;
