-- name: CreateOrder :exec
INSERT INTO orders (id, total, status, note) VALUES ($1, $2, $3, $4);
-- name: ListOrders :many
SELECT id, total, status, note FROM orders;
