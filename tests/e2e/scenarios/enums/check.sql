SELECT id, 'status changed' FROM tickets WHERE id <= 3000 AND status::text IS DISTINCT FROM CASE WHEN id % 2 = 0 THEN 'closed' ELSE 'open' END
UNION ALL
SELECT id, 'priority missing' FROM tickets WHERE priority IS NULL
UNION ALL
SELECT count(*), 'rows lost' FROM tickets HAVING count(*) < 3000;
