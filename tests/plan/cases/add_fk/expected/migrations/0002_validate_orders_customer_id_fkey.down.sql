SET lock_timeout = '5s';

-- undo step 2: public.orders.orders_customer_id_fkey: nothing to undo
