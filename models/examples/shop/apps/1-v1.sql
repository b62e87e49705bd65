-- name: create_customer
INSERT INTO customers (email, name) VALUES ($1, $2) RETURNING id;
-- name: get_customer
SELECT id, email, name FROM customers WHERE id = $1;
-- name: place_order
INSERT INTO orders (customer_id, total_cents) VALUES ($1, $2) RETURNING id;
-- name: add_line
INSERT INTO order_lines (order_id, product_id, quantity) VALUES ($1, $2, $3)
ON CONFLICT (order_id, product_id) DO UPDATE SET quantity = order_lines.quantity + EXCLUDED.quantity;
-- name: pay_order
UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'new';
-- name: open_orders
SELECT id, email, total_cents FROM open_orders ORDER BY id LIMIT 50;
