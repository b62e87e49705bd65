-- The old version inserts without ids after every stage: the identity (on
-- the old column before the switch, on the new one after it) gives each a
-- fresh one, past every id already there.
SELECT coalesce(max(id), 0) AS max_acct FROM accounts \gset
SELECT coalesce(max(id), 0) AS max_order FROM orders \gset
EXECUTE v1_create_account('old version') \gset a_
EXECUTE v1_create_order(:a_id, 7) \gset o_
SELECT pg_temp.expect(:a_id > :max_acct, 'a new account id past every existing one');
SELECT pg_temp.expect(:o_id > :max_order AND (:o_id - 100) % 3 = 0, 'a new order id past every existing one, on the identity''s increment');
CREATE TEMP TABLE t_old AS EXECUTE v1_orders_of(:a_id);
SELECT pg_temp.expect((SELECT amount FROM t_old) = 7, 'the old version reads its order back');
