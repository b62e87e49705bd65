SELECT indexrelid::regclass::text, 'invalid index' FROM pg_index WHERE NOT indisvalid
UNION ALL
SELECT count(*)::text, 'rows lost' FROM events HAVING count(*) < 3000;
