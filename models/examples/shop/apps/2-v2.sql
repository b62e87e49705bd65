-- name: create_customer
INSERT INTO customers (email, full_name) VALUES ($1, $2) RETURNING id;
-- name: get_customer
SELECT id, email, full_name FROM customers WHERE id = $1;
-- name: place_order
INSERT INTO orders (customer_id, total_cents, currency, note) VALUES ($1, $2, $3, $4) RETURNING id;
-- name: add_line
INSERT INTO order_lines (order_id, product_id, quantity) VALUES ($1, $2, $3)
ON CONFLICT (order_id, product_id) DO UPDATE SET quantity = order_lines.quantity + EXCLUDED.quantity;
-- name: pay_order
UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'new';
-- name: refund_order
UPDATE orders SET status = 'refunded' WHERE id = $1 AND status IN ('paid', 'shipped');
-- name: open_orders
SELECT id, email, total_cents, currency FROM open_orders ORDER BY id LIMIT 50;
-- name: lines_of_product
SELECT order_id, quantity FROM order_lines WHERE product_id = $1;
