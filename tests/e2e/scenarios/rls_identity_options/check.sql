SELECT count(*), 'docs lost' FROM docs HAVING count(*) < 3000
UNION ALL
SELECT id, 'title changed' FROM docs WHERE id <= 3000 AND title <> 'Title ' || id
UNION ALL
SELECT id, 'body_len not recomputed' FROM docs WHERE body_len IS DISTINCT FROM octet_length(body)
UNION ALL
SELECT count(*), 'tickets lost' FROM tickets HAVING count(*) < 2000;
