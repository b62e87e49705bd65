-- name: place
INSERT INTO orders (customer_id, total) VALUES ($1, $2) RETURNING id;
-- name: add_line
INSERT INTO order_lines (order_id, qty) VALUES ($1, $2);
-- name: lines_of
SELECT o.id, l.qty FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = $1 ORDER BY o.id;
