-- name: add_item
INSERT INTO items (code, label, price, sold_at, qty) VALUES ($1, $2, $3, $4, $5) RETURNING id;
-- name: get_item
SELECT id, code, label, price, sold_at, qty FROM items WHERE id = $1;
-- name: by_code
SELECT id FROM items WHERE code = $1;
