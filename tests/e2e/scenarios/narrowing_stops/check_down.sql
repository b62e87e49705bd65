SELECT id, 'value changed' FROM items
WHERE (id = 1234 AND code <> 'abcdefghijklmnop') OR (id <> 1234 AND code <> 'c' || id) OR label <> 'l' || (id % 1000) OR price <> id * 3 OR qty <> id
UNION ALL
SELECT count(*), 'rows lost' FROM items HAVING count(*) < 3000;
