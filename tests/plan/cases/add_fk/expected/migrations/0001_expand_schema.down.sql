SET lock_timeout = '5s';

-- undo step 1: public.orders.orders_customer_id_fkey
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;
