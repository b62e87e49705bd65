EXECUTE v1_create_order('from v1', 12.50) \gset v1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_order(:v1_id);
SELECT pg_temp.expect((SELECT status FROM r1) = 'new', 'an order v1 wrote has status new for v2');
EXECUTE v2_create_order('from v2', 7.25, 'paid') \gset v2_
CREATE TEMP TABLE r2 AS EXECUTE v1_get_order(:v2_id);
SELECT pg_temp.expect((SELECT total FROM r2) = 7.25, 'v1 reads the order v2 wrote');
EXECUTE v2_ship(:v1_id);
CREATE TEMP TABLE r3 AS EXECUTE v2_get_order(:v1_id);
SELECT pg_temp.expect((SELECT status FROM r3) = 'shipped', 'v2 ships an order v1 wrote');
