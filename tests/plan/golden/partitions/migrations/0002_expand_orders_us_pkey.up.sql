-- rollgate:no-transaction

-- step 5: public.orders_us.orders_us_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY orders_us_pkey ON public.orders_us USING btree (id, region);
