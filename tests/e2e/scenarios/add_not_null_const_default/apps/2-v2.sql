-- name: create_order
INSERT INTO orders (customer, total, status) VALUES ($1, $2, $3) RETURNING id;
-- name: get_order
SELECT id, customer, total, status FROM orders WHERE id = $1;
-- name: ship
UPDATE orders SET status = 'shipped' WHERE id = $1 AND status <> 'shipped';
-- name: open_orders
SELECT id, customer FROM orders WHERE status = 'new' ORDER BY id LIMIT 50;
