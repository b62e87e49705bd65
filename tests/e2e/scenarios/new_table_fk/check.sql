SELECT id, 'article changed' FROM articles WHERE id <= 3000 AND title IS DISTINCT FROM 'article ' || id
UNION ALL
SELECT count(*), 'rows lost' FROM articles HAVING count(*) < 3000;
