-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 23: public.orders_ap
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_ap FOR VALUES IN ('ap');
