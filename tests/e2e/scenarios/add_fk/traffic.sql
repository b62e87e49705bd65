EXECUTE v1_create_customer('from v1') \gset c1_
EXECUTE v2_create_order(:c1_id, 10.00) \gset o2_
CREATE TEMP TABLE r1 AS EXECUTE v1_get_order(:o2_id);
SELECT pg_temp.expect((SELECT name FROM r1) = 'from v1', 'v1 reads the order v2 placed for its customer');
EXECUTE v2_create_customer('from v2') \gset c2_
EXECUTE v1_create_order(:c2_id, 20.00) \gset o1_
CREATE TEMP TABLE r2 AS EXECUTE v2_orders_of(:c2_id);
SELECT pg_temp.expect((SELECT id FROM r2) = :o1_id, 'v2 lists the order v1 placed');
CREATE TEMP TABLE r3 AS EXECUTE v2_get_order(:o1_id);
SELECT pg_temp.expect((SELECT total FROM r3) = 20.00, 'v2 reads the v1 order');
