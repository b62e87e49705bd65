EXECUTE v1_open_ticket('from v1') \gset t1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_ticket(:t1_id);
SELECT pg_temp.expect((SELECT priority::text FROM r1) = 'normal', 'a ticket v1 opened has priority normal for v2');
EXECUTE v2_open_ticket('from v2', 'high') \gset t2_
EXECUTE v2_hold_ticket(:t2_id);
CREATE TEMP TABLE r2 AS EXECUTE v1_get_ticket(:t2_id);
SELECT pg_temp.expect((SELECT status::text FROM r2) = 'pending', 'v1 reads the new enum value v2 wrote');
CREATE TEMP TABLE r3 AS EXECUTE v2_urgent;
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r3 WHERE id = :t2_id), 'v2 lists its urgent ticket');
EXECUTE v1_close_ticket(:t2_id);
CREATE TEMP TABLE r4 AS EXECUTE v2_get_ticket(:t2_id);
SELECT pg_temp.expect((SELECT status::text FROM r4) = 'closed', 'v2 sees v1 closing its ticket');
