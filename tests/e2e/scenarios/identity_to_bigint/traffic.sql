EXECUTE v1_create_account('from v1') \gset v1_
EXECUTE v2_create_account('from v2') \gset v2_
SELECT pg_temp.expect(:v2_id > :v1_id, 'ids keep growing across versions');
EXECUTE v1_create_order(:v2_id, 11) \gset o1_
EXECUTE v2_create_order(:v1_id, 22) \gset o2_
SELECT pg_temp.expect(:o2_id - :o1_id = 3, 'order ids keep the identity''s increment');
CREATE TEMP TABLE r1 AS EXECUTE v1_orders_of(:v1_id);
SELECT pg_temp.expect((SELECT amount FROM r1) = 22, 'v1 sees the order v2 placed on its account');
CREATE TEMP TABLE r2 AS EXECUTE v2_orders_of(:v2_id);
SELECT pg_temp.expect((SELECT amount FROM r2) = 11, 'v2 sees the order v1 placed on its account');
CREATE TEMP TABLE r3 AS EXECUTE v2_get_account(7);
SELECT pg_temp.expect((SELECT name FROM r3) = 'acct 7', 'seeded rows keep their ids');
DO $$BEGIN
    INSERT INTO orders (account_id, amount) VALUES (-1, 0);
    RAISE EXCEPTION 'an order for a missing account was accepted';
EXCEPTION WHEN foreign_key_violation THEN NULL;
END$$;
