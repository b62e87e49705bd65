SELECT id, 'status not defaulted' FROM orders WHERE id <= 3000 AND status IS DISTINCT FROM 'new'
UNION ALL
SELECT id, 'total changed' FROM orders WHERE id <= 3000 AND total IS DISTINCT FROM (id % 500) + 0.99
UNION ALL
SELECT count(*), 'rows lost' FROM orders HAVING count(*) < 3000;
