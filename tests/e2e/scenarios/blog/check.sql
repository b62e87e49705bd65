-- Seeded posts keep their text (now in content) and their views (now bigint).
SELECT id, 'content lost' FROM posts WHERE id <= 3000 AND content IS DISTINCT FROM 'body of post ' || id
UNION ALL
SELECT id, 'views changed' FROM posts WHERE id <= 3000 AND views IS DISTINCT FROM (id % 1000)::bigint
UNION ALL
SELECT id, 'no state' FROM posts WHERE state IS NULL
UNION ALL
SELECT count(*), 'rows lost' FROM posts HAVING count(*) < 3000;
