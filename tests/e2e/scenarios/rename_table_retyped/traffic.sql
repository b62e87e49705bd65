EXECUTE v1_add_person('from-v1', 1, 'happy') \gset a_
EXECUTE v2_add_person('from-v2', 2, 'happy') \gset b_
EXECUTE v1_visit(:b_id);
EXECUTE v2_visit(:a_id);
CREATE TEMP TABLE r1 AS EXECUTE v2_get_person(:a_id);
SELECT pg_temp.expect((SELECT visits FROM r1) = 2, 'v2 sees the visit count of v1''s row');
CREATE TEMP TABLE r2 AS EXECUTE v1_get_person(:b_id);
SELECT pg_temp.expect((SELECT visits FROM r2) = 3 AND (SELECT nick FROM r2) = 'from-v2', 'v1 reads v2''s row through the old name');
