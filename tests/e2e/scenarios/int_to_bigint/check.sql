SELECT id, 'hits changed by the type change' FROM counters WHERE id <= 3000 AND hits IS DISTINCT FROM id * 7
UNION ALL
SELECT count(*), 'rows lost' FROM counters HAVING count(*) < 3000;
