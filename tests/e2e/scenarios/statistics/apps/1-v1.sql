-- name: create_order
INSERT INTO orders (customer_id, region, city, zip, legacy) VALUES ($1, $2, $3, $4, $5) RETURNING id;
-- name: get_order
SELECT id, customer_id, region, city, zip, legacy FROM orders WHERE id = $1;
-- name: by_city
SELECT count(*) FROM orders WHERE region = $1 AND city = $2;
