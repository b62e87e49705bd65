-- name: create_product
INSERT INTO products (name, price) VALUES ($1, $2) RETURNING id;
-- name: get_product
SELECT id, name, price, stock FROM products WHERE id = $1;
-- name: reprice
UPDATE products SET price = $2 WHERE id = $1;
