-- name: create_customer
INSERT INTO customers (name) VALUES ($1) RETURNING id;
-- name: create_order
INSERT INTO orders (customer_id, total) VALUES ($1, $2) RETURNING id;
-- name: get_order
SELECT o.id, o.total, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = $1;
