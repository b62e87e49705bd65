SELECT id::text, 'order changed' FROM orders WHERE id <= 3000 AND city IS DISTINCT FROM 'city ' || (id % 50)
UNION ALL
SELECT count(*)::text, 'rows lost' FROM orders HAVING count(*) < 3000;
