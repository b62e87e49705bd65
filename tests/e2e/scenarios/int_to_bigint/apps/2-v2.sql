-- name: create_counter
INSERT INTO counters (page, hits) VALUES ($1, $2) RETURNING id;
-- name: hit
UPDATE counters SET hits = hits + 1 WHERE id = $1;
-- name: get_counter
SELECT id, page, hits FROM counters WHERE id = $1;
-- name: top_pages
SELECT page, hits FROM counters WHERE hits > $1 ORDER BY hits DESC LIMIT 10;
