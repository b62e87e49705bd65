EXECUTE v1_record(424242, 'signup') \gset e1_
CREATE TEMP TABLE r1 AS EXECUTE v2_recent_events_of(424242);
SELECT pg_temp.expect((SELECT id FROM r1) = :e1_id, 'v2 reads the event v1 recorded');
EXECUTE v2_record(424242, 'login') \gset e2_
CREATE TEMP TABLE r2 AS EXECUTE v1_events_of(424242);
SELECT pg_temp.expect((SELECT count(*) FROM r2) = 2, 'v1 reads both events');
CREATE TEMP TABLE r3 AS EXECUTE v2_recent_signups(now() - interval '1 hour');
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r3 WHERE id = :e1_id), 'v2 finds the signup v1 recorded');
