-- The old version writes values that fit the new types throughout.
EXECUTE v1_add_item('new-item', 'abc', 12, '2024-05-01 00:00:00+00', 3) \gset i_
CREATE TEMP TABLE t_old AS EXECUTE v1_get_item(:i_id);
SELECT pg_temp.expect((SELECT code FROM t_old) = 'new-item' AND (SELECT price FROM t_old) = 12, 'the old version reads its row back');
