-- name: add_price
INSERT INTO prices (amount, valid_on) VALUES ($1, $2) RETURNING id;
-- name: get_price
SELECT id, amount, valid_on FROM prices WHERE id = $1;
