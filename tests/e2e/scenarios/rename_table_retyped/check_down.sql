SELECT id, 'seeded row changed' FROM people WHERE id <= 3000 AND id <> 7 AND (nick <> 'n' || id OR visits <> id)
UNION ALL
SELECT count(*), 'rows lost' FROM people HAVING count(*) < 3000;
