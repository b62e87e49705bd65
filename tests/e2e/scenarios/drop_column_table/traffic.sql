-- v1 still uses legacy_flag and old_sessions while v2 is live.
EXECUTE v1_create_user('v1@example.com', true) \gset u1_
EXECUTE v1_start_session(:u1_id, 'tok') \gset s1_
CREATE TEMP TABLE r1 AS EXECUTE v1_sessions_of(:u1_id);
SELECT pg_temp.expect((SELECT token FROM r1) = 'tok', 'v1 still writes and reads old_sessions');
CREATE TEMP TABLE r2 AS EXECUTE v2_get_user(:u1_id);
SELECT pg_temp.expect((SELECT email FROM r2) = 'v1@example.com', 'v2 reads the user v1 wrote');
EXECUTE v2_create_user('v2@example.com') \gset u2_
CREATE TEMP TABLE r3 AS EXECUTE v1_get_user(:u2_id);
SELECT pg_temp.expect((SELECT legacy_flag FROM r3) = false, 'v1 reads the user v2 wrote, legacy_flag defaulted');
EXECUTE v2_set_email(:u1_id, 'v1-changed@example.com');
