SET lock_timeout = '5s';

-- undo step 24: public.orders.orders_account_id_fkey
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_account_id_fkey;
