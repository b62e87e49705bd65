EXECUTE v1_create_counter('/from-v1') \gset v1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_counter(:v1_id);
SELECT pg_temp.expect((SELECT hits FROM r1) = 0, 'v2 reads hits = 0 of a counter v1 created');
EXECUTE v2_create_counter('/from-v2', 41) \gset v2_
EXECUTE v1_hit(:v2_id);
CREATE TEMP TABLE r2 AS EXECUTE v2_get_counter(:v2_id);
SELECT pg_temp.expect((SELECT hits FROM r2) = 42, 'v2 reads the hit v1 counted on its row');
EXECUTE v2_hit(:v1_id);
EXECUTE v2_hit(:v1_id);
CREATE TEMP TABLE r3 AS EXECUTE v1_get_counter(:v1_id);
SELECT pg_temp.expect((SELECT hits FROM r3) = 2, 'v1 reads the hits v2 counted');
CREATE TEMP TABLE r4 AS EXECUTE v1_top_pages;
CREATE TEMP TABLE r5 AS EXECUTE v2_top_pages(20000);
SELECT pg_temp.expect((SELECT max(hits) FROM r4) = 21000 AND (SELECT max(hits) FROM r5) = 21000, 'both versions see the seeded hits');
