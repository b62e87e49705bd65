SELECT id, 'value changed' FROM items
WHERE id <= 3000 AND (code <> 'c' || id OR label IS DISTINCT FROM CASE WHEN id % 4 = 0 THEN NULL ELSE 'l' || (id % 1000) END
       OR price <> id * 3 OR sold_at <> date '2024-01-01' + (id % 300)::int OR qty <> id)
UNION ALL
SELECT count(*), 'rows lost' FROM items HAVING count(*) < 3000;
