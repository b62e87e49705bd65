-- name: create_customer
INSERT INTO customers (name, email) VALUES ($1, $2) RETURNING id;
-- name: get_customer
SELECT id, name, email FROM customers WHERE id = $1;
-- name: set_name
UPDATE customers SET name = $2 WHERE id = $1;
-- name: find_by_name
SELECT id FROM customers WHERE name = $1;
