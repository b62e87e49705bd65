SELECT stream_ordering, 'event changed' FROM events WHERE stream_ordering <= 3000 AND event_id <> '$ev' || stream_ordering
UNION ALL
SELECT count(*), 'events lost' FROM events HAVING count(*) < 3000;
