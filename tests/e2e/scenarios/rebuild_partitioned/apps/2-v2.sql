-- name: place
INSERT INTO orders (placed_on, customer, total) VALUES ($1, $2, $3) RETURNING id;
-- name: recent
SELECT id, customer FROM orders WHERE placed_on >= $1 ORDER BY id;
