SET lock_timeout = '5s';

-- step 13: public.orders_region_placed_idx (create_index_on_only)
CREATE INDEX orders_region_placed_idx ON ONLY public.orders USING btree (region, placed);

-- step 14: public.orders_us_region_placed_idx (alter_index_attach_partition)
ALTER INDEX public.orders_region_placed_idx ATTACH PARTITION public.orders_us_region_placed_idx;

-- step 15: public.orders_eu_region_placed_idx (alter_index_attach_partition)
ALTER INDEX public.orders_region_placed_idx ATTACH PARTITION public.orders_eu_region_placed_idx;

-- step 16: public.orders_sa_region_placed_idx (alter_index_attach_partition)
ALTER INDEX public.orders_region_placed_idx ATTACH PARTITION public.orders_sa_region_placed_idx;
