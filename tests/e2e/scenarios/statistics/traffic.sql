-- Statistics change no result: both versions read what the other wrote.
EXECUTE v1_create_order(7, 'north', 'Oslo', '00150', 1) \gset o1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_order(:o1_id);
SELECT pg_temp.expect((SELECT city FROM r1) = 'Oslo', 'v2 reads the order v1 wrote');
EXECUTE v2_create_order(8, 'south', 'Bergen', '05003', 'web') \gset o2_
CREATE TEMP TABLE r2 AS EXECUTE v1_get_order(:o2_id);
SELECT pg_temp.expect((SELECT city FROM r2) = 'Bergen' AND (SELECT legacy FROM r2) IS NULL, 'v1 reads the order v2 wrote');
EXECUTE v2_ship(:o1_id, 'posten', 'express') \gset s1_
ANALYZE orders;
