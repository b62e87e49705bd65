-- name: open_ticket
INSERT INTO tickets (title, priority) VALUES ($1, $2) RETURNING id;
-- name: hold_ticket
UPDATE tickets SET status = 'pending' WHERE id = $1;
-- name: get_ticket
SELECT id, title, status, priority FROM tickets WHERE id = $1;
-- name: urgent
SELECT id, title FROM tickets WHERE priority = 'high' AND status <> 'closed' ORDER BY id;
