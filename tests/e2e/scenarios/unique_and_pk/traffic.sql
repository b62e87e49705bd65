EXECUTE v1_log_action(1000001, 'from v1');
EXECUTE v2_log_action(1000001, 'from v2 (conflicts, ignored)');
EXECUTE v2_log_action(1000002, 'from v2');
CREATE TEMP TABLE r1 AS EXECUTE v2_get_log(1000001);
SELECT pg_temp.expect((SELECT action FROM r1) = 'from v1', 'v2 reads the entry v1 logged; its conflicting insert did nothing');
CREATE TEMP TABLE r2 AS EXECUTE v1_get_log(1000002);
SELECT pg_temp.expect((SELECT action FROM r2) = 'from v2', 'v1 reads the entry v2 logged');
EXECUTE v1_create_user('v1-new@example.com') \gset u1_
EXECUTE v2_upsert_user('v1-new@example.com') \gset u2_
SELECT pg_temp.expect(:u1_id = :u2_id, 'v2 upsert finds the user v1 created');
EXECUTE v2_upsert_user('v2-new@example.com') \gset u3_
CREATE TEMP TABLE r3 AS EXECUTE v1_find_user('v2-new@example.com');
SELECT pg_temp.expect((SELECT id FROM r3) = :u3_id, 'v1 finds the user v2 created');
