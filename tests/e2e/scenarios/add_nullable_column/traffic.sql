SELECT 'v1-' || md5(random()::text) || '@example.com' AS e1 \gset
EXECUTE v1_create_user(:'e1') \gset v1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_user(:v1_id);
SELECT pg_temp.expect((SELECT email FROM r1) = :'e1' AND (SELECT nickname FROM r1) IS NULL, 'v2 reads the user v1 wrote, nickname null');
SELECT 'v2-' || md5(random()::text) || '@example.com' AS e2 \gset
EXECUTE v2_create_user(:'e2', 'nick') \gset v2_
CREATE TEMP TABLE r2 AS EXECUTE v1_get_user(:v2_id);
SELECT pg_temp.expect((SELECT email FROM r2) = :'e2', 'v1 reads the user v2 wrote');
EXECUTE v2_set_nickname(:v1_id, 'later');
EXECUTE v1_set_email(:v2_id, 'changed-by-v1@example.com');
CREATE TEMP TABLE r3 AS EXECUTE v2_get_user(:v2_id);
SELECT pg_temp.expect((SELECT email FROM r3) = 'changed-by-v1@example.com' AND (SELECT nickname FROM r3) = 'nick', 'v1 update keeps v2 nickname');
CREATE TEMP TABLE r4 AS EXECUTE v2_get_user(:v1_id);
SELECT pg_temp.expect((SELECT nickname FROM r4) = 'later', 'v2 sets nickname on a v1 row');
