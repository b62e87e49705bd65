EXECUTE v1_persist_event(5001, '$from_v1', 'roomX');
EXECUTE v2_persist_event(5002, '$from_v2', 'roomX');
CREATE TEMP TABLE r1 AS EXECUTE v2_get_event('$from_v1');
SELECT pg_temp.expect((SELECT stream_ordering FROM r1) = 5001, 'v2 reads the event v1 persisted');
CREATE TEMP TABLE r2 AS EXECUTE v1_get_event('$from_v2');
SELECT pg_temp.expect((SELECT stream_ordering FROM r2) = 5002, 'v1 reads the event v2 persisted');
CREATE TEMP TABLE r3 AS EXECUTE v1_room_events('roomX', 0);
SELECT pg_temp.expect((SELECT count(*) FROM r3) = 2, 'v1 sees both events of the room');
DO $$BEGIN
    INSERT INTO events (stream_ordering, event_id, room) VALUES (5001, '$dup', 'roomX');
    RAISE EXCEPTION 'a duplicate stream_ordering was accepted';
EXCEPTION WHEN unique_violation THEN NULL;
END$$;
