-- name: create_account
INSERT INTO accounts (name) VALUES ($1) RETURNING id;
-- name: create_order
INSERT INTO orders (account_id, amount) VALUES ($1, $2) RETURNING id;
-- name: get_account
SELECT id, name FROM accounts WHERE id = $1;
-- name: orders_of
SELECT o.id, o.amount FROM orders o JOIN accounts a ON a.id = o.account_id WHERE a.id = $1 ORDER BY o.id;
