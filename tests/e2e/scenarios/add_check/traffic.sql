EXECUTE v1_create_product('from v1', 3.50) \gset v1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_product(:v1_id);
SELECT pg_temp.expect((SELECT price FROM r1) = 3.50, 'v2 reads the product v1 wrote');
EXECUTE v2_create_product('from v2', 9.99, 10) \gset v2_
EXECUTE v1_reprice(:v2_id, 8.99);
EXECUTE v2_restock(:v2_id, 5);
CREATE TEMP TABLE r2 AS EXECUTE v1_get_product(:v2_id);
SELECT pg_temp.expect((SELECT price FROM r2) = 8.99 AND (SELECT stock FROM r2) = 15, 'v1 reads the product v2 wrote and restocked');
CREATE TEMP TABLE r3 AS EXECUTE v2_cheapest;
SELECT pg_temp.expect((SELECT count(*) FROM r3) = 5, 'v2 lists products');
