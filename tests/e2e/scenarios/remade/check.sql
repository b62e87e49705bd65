SELECT count(*)::text, 'rows lost' FROM jobs HAVING count(*) < 2000
UNION ALL
SELECT count(*)::text, 'states changed' FROM jobs WHERE id <= 2000 AND state::text <> (ARRAY['new', 'done'])[1 + id % 2]
HAVING count(*) > 0
UNION ALL
SELECT indexrelid::regclass::text, 'invalid index' FROM pg_index WHERE NOT indisvalid;
