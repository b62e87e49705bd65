SET lock_timeout = '5s';

-- undo step 3: public.orders.orders_code_region_fkey
ALTER TABLE public.orders DROP CONSTRAINT orders_code_region_fkey;

-- undo step 2: public.lookup_idx
DROP INDEX public.lookup_idx_rg_new;

-- undo step 1: public.catalog_items
DROP TABLE public.catalog_items;
