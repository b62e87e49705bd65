SET lock_timeout = '5s';

-- undo step 4: public.orders.orders_code_region_fkey: nothing to undo
