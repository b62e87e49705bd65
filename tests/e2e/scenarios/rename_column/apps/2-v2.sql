-- name: create_customer
INSERT INTO customers (full_name, email) VALUES ($1, $2) RETURNING id;
-- name: get_customer
SELECT id, full_name, email FROM customers WHERE id = $1;
-- name: set_full_name
UPDATE customers SET full_name = $2 WHERE id = $1;
-- name: set_email
UPDATE customers SET email = $2 WHERE id = $1;
