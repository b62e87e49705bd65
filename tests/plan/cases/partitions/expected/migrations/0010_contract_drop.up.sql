SET lock_timeout = '5s';

-- step 24: public.orders_placed_idx (drop_index)
DROP INDEX public.orders_placed_idx;

-- step 25: public.orders.orders_pkey (alter_index_attach_partition)
ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_us_pkey;

-- step 26: public.orders_region_placed_idx (alter_index_attach_partition)
ALTER INDEX public.orders_region_placed_idx ATTACH PARTITION public.orders_us_region_placed_idx;

-- step 27: public.orders_ap (drop_table)
DROP TABLE public.orders_ap;
