SELECT id, 'public_id missing' FROM events WHERE public_id IS NULL
UNION ALL
SELECT id, 'seen_at missing' FROM events WHERE seen_at IS NULL
UNION ALL
SELECT count(*) - count(DISTINCT public_id), 'public_id not unique per row (one value for all rows?)' FROM events
HAVING count(*) <> count(DISTINCT public_id)
UNION ALL
SELECT id, 'payload changed' FROM events WHERE id <= 3000 AND payload IS DISTINCT FROM 'payload ' || id
UNION ALL
SELECT count(*), 'rows lost' FROM events HAVING count(*) < 3000;
