SELECT id, 'row changed' FROM persons WHERE id <= 3000 AND (name, email) IS DISTINCT FROM ('person ' || id, 'p' || id || '@example.com')
UNION ALL
SELECT count(*), 'rows lost' FROM persons HAVING count(*) < 3000;
