SET lock_timeout = '5s';

-- step 2: public.orders.orders_customer_id_fkey (validate_foreign_key)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_id_fkey;
