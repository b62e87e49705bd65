-- name: CreateOrder :exec
INSERT INTO orders (id, total) VALUES ($1, $2);
-- name: ListOrders :many
SELECT id, total, status FROM orders;
