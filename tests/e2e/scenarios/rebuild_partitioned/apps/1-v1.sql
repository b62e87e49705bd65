-- name: place
INSERT INTO orders (placed_on, customer, total) VALUES ($1, $2, $3) RETURNING id;
-- name: orders_of
SELECT id, placed_on, total FROM orders WHERE customer = $1 ORDER BY id;
-- name: totals
SELECT customer, total FROM order_totals WHERE customer = $1;
