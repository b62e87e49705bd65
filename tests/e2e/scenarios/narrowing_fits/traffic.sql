EXECUTE v1_add_item('v1-item', 'ab', 5, '2024-06-01', 1) \gset a_
EXECUTE v2_add_item('v2-item', 'cd', 6, '2024-06-02', 2) \gset b_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_item(:a_id);
SELECT pg_temp.expect((SELECT code FROM r1) = 'v1-item' AND (SELECT price FROM r1) = 5, 'v2 reads what v1 wrote');
CREATE TEMP TABLE r2 AS EXECUTE v1_by_code('v2-item');
SELECT pg_temp.expect((SELECT id FROM r2) = :b_id, 'v1 finds what v2 wrote');
