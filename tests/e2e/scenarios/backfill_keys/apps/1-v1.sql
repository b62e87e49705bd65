-- name: add_uuid
INSERT INTO by_uuid (n) VALUES ($1) RETURNING id;
-- name: add_text
INSERT INTO by_text (code, n) VALUES ($1, $2);
-- name: add_pair
INSERT INTO by_pair (a, b, n) VALUES ($1, $2, $3);
-- name: add_index
INSERT INTO by_index (k, n) VALUES (gen_random_uuid(), $1);
-- name: add_no_key
INSERT INTO no_key (x, n) VALUES ($1, $2);
-- name: total
SELECT (SELECT sum(n) FROM by_uuid) + (SELECT sum(n) FROM by_text) + (SELECT sum(n) FROM by_pair)
     + (SELECT sum(n) FROM by_index) + (SELECT sum(n) FROM no_key) AS total;
