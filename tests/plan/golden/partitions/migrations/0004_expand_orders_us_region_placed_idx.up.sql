-- rollgate:no-transaction

-- step 7: public.orders_us_region_placed_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY orders_us_region_placed_idx ON public.orders_us USING btree (region, placed);
