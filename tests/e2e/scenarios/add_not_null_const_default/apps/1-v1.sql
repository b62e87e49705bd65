-- name: create_order
INSERT INTO orders (customer, total) VALUES ($1, $2) RETURNING id;
-- name: get_order
SELECT id, customer, total FROM orders WHERE id = $1;
