-- rollgate:no-transaction

-- step 6: public.orders_eu.orders_eu_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY orders_eu_pkey ON public.orders_eu USING btree (id, region);
