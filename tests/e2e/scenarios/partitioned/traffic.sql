EXECUTE v1_record('us', 'signup') \gset e1_
CREATE TEMP TABLE r1 AS EXECUTE v2_recent_of_kind('signup', now() - interval '1 hour');
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r1 WHERE id = :e1_id), 'v2 finds the signup v1 recorded');
EXECUTE v2_record('eu', 'login') \gset e2_
CREATE TEMP TABLE r2 AS EXECUTE v1_events_of('eu');
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r2 WHERE id = :e2_id), 'v1 reads the event v2 recorded in the new partition');
