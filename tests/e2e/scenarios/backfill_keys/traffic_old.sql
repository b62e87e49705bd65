-- Old-version writes during every stage: each adds 1 to the total.
CREATE TEMP TABLE t0 AS EXECUTE v1_total;
EXECUTE v1_add_uuid(0);
SELECT 'old-' || md5(random()::text) AS code \gset
EXECUTE v1_add_text(:'code', 1);
EXECUTE v1_add_pair(-1, :'code', 0);
EXECUTE v1_add_index(0);
EXECUTE v1_add_no_key(NULL, 0);
CREATE TEMP TABLE t1 AS EXECUTE v1_total;
SELECT pg_temp.expect((SELECT total FROM t1) = (SELECT total FROM t0) + 1, 'the old version''s writes are all kept');
