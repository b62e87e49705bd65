-- rollgate:no-transaction

-- undo step 19: public.orders_ap
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_ap FOR VALUES IN ('ap');
