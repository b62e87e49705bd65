-- name: create_product
INSERT INTO products (name, price, stock) VALUES ($1, $2, $3) RETURNING id;
-- name: get_product
SELECT id, name, price, stock FROM products WHERE id = $1;
-- name: restock
UPDATE products SET stock = stock + $2 WHERE id = $1;
-- name: cheapest
SELECT id, name FROM products ORDER BY price LIMIT 5;
