EXECUTE v1_log_event('signup', 'from v1') \gset v1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_event(:v1_id);
SELECT pg_temp.expect((SELECT public_id FROM r1) IS NOT NULL, 'an event v1 wrote during the deploy has a public_id');
SELECT pg_temp.expect((SELECT seen_at FROM r1) IS NOT NULL, 'an event v1 wrote during the deploy has seen_at');
EXECUTE v2_log_event('login', 'from v2') \gset v2_
SELECT pg_temp.expect(:'v2_public_id' <> '', 'v2 gets a public_id back');
CREATE TEMP TABLE r2 AS EXECUTE v2_get_by_public_id(:'v2_public_id');
SELECT pg_temp.expect((SELECT id FROM r2) = :v2_id, 'v2 finds its event by public_id');
CREATE TEMP TABLE r3 AS EXECUTE v1_get_event(:v2_id);
SELECT pg_temp.expect((SELECT payload FROM r3) = 'from v2', 'v1 reads the event v2 wrote');
EXECUTE v2_touch(:'v2_public_id');
