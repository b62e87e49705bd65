-- name: create_order
INSERT INTO orders (customer_id, region, city, zip, channel) VALUES ($1, $2, $3, $4, $5) RETURNING id;
-- name: get_order
SELECT id, customer_id, region, city, zip, channel FROM orders WHERE id = $1;
-- name: ship
INSERT INTO shipments (order_id, carrier, service) VALUES ($1, $2, $3) RETURNING id;
