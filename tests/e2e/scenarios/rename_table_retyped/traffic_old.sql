-- The old version, through the old name, after every stage.
EXECUTE v1_add_person('old', 5, 'sad') \gset o_
EXECUTE v1_visit(:o_id);
EXECUTE v1_visit(7);
CREATE TEMP TABLE t1 AS EXECUTE v1_get_person(:o_id);
SELECT pg_temp.expect((SELECT visits FROM t1) = 6, 'the old version reads the visit it counted');
