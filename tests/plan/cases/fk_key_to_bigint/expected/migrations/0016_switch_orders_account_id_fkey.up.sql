SET lock_timeout = '5s';

-- step 61: public.orders.orders_account_id_fkey (validate_foreign_key)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_account_id_fkey;
