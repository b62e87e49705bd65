EXECUTE v1_add(900001, 'job-v1', 'from v1');
CREATE TEMP TABLE r1 AS EXECUTE v2_show('job-v1');
SELECT pg_temp.expect((SELECT id FROM r1) = 900001, 'v2 reads the job v1 added');
EXECUTE v2_add(900002, 'job-v2');
CREATE TEMP TABLE r2 AS EXECUTE v1_show('job-v2');
SELECT pg_temp.expect((SELECT state::text FROM r2) = 'done', 'v1 reads the job v2 added');
