SET lock_timeout = '5s';

-- step 19: public.orders.orders_pkey (add_key_on_only)
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, region);

-- step 20: public.orders_us.orders_us_pkey (alter_index_attach_partition)
ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_us_pkey;

-- step 21: public.orders_eu.orders_eu_pkey (alter_index_attach_partition)
ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_eu_pkey;

-- step 22: public.orders_sa.orders_sa_pkey (alter_index_attach_partition)
ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_sa_pkey;
