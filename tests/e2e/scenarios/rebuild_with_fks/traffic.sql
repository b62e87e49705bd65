EXECUTE v1_place(7, 10) \gset o1_
EXECUTE v1_add_line(:o1_id, 3);
CREATE TEMP TABLE r1 AS EXECUTE v2_lines_of(7);
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r1 WHERE id = :o1_id), 'v2 reads the line v1 added');
EXECUTE v2_place(8, 5) \gset o2_
EXECUTE v2_add_line(:o2_id, 4);
CREATE TEMP TABLE r2 AS EXECUTE v1_lines_of(8);
SELECT pg_temp.expect(EXISTS (SELECT 1 FROM r2 WHERE id = :o2_id), 'v1 reads the line v2 added');
