-- rollgate:no-transaction

-- step 8: public.orders_eu_region_placed_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY orders_eu_region_placed_idx ON public.orders_eu USING btree (region, placed);
