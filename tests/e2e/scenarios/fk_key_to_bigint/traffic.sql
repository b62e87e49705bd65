EXECUTE v1_create_account('from v1', 900001) \gset v1_
EXECUTE v2_create_account('from v2', 900002) \gset v2_
EXECUTE v1_create_order(:v2_id, 11) \gset o1_
EXECUTE v2_create_order(:v1_id, 22) \gset o2_
EXECUTE v2_add_note(:v1_id, 'hello') \gset n1_
CREATE TEMP TABLE r1 AS EXECUTE v2_get_account(:v1_id);
SELECT pg_temp.expect((SELECT ext FROM r1) = 900001, 'v2 reads the account v1 created');
CREATE TEMP TABLE r2 AS EXECUTE v1_get_account(:v2_id);
SELECT pg_temp.expect((SELECT ext FROM r2) = 900002, 'v1 reads the account v2 created');
CREATE TEMP TABLE r3 AS EXECUTE v1_orders_of(:v1_id);
SELECT pg_temp.expect((SELECT amount FROM r3) = 22, 'v1 sees the order v2 placed on its account');
CREATE TEMP TABLE r4 AS EXECUTE v2_orders_of(:v2_id);
SELECT pg_temp.expect((SELECT amount FROM r4) = 11, 'v2 sees the order v1 placed on its account');
CREATE TEMP TABLE r5 AS EXECUTE v1_orders_of(7);
SELECT pg_temp.expect((SELECT count(*) FROM r5) > 0, 'seeded orders still join their accounts');
DO $$BEGIN
    INSERT INTO orders (account_id, amount) VALUES (-1, 0);
    RAISE EXCEPTION 'an order for a missing account was accepted';
EXCEPTION WHEN foreign_key_violation THEN NULL;
END$$;
