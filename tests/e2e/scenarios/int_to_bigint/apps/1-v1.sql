-- name: create_counter
INSERT INTO counters (page) VALUES ($1) RETURNING id;
-- name: hit
UPDATE counters SET hits = hits + 1 WHERE id = $1;
-- name: get_counter
SELECT id, page, hits FROM counters WHERE id = $1;
-- name: top_pages
SELECT page, hits FROM counters ORDER BY hits DESC LIMIT 10;
