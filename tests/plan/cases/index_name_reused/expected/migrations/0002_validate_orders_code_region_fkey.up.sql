SET lock_timeout = '5s';

-- step 4: public.orders.orders_code_region_fkey (validate_foreign_key)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_code_region_fkey;
