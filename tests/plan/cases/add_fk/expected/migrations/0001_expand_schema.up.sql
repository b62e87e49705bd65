SET lock_timeout = '5s';

-- step 1: public.orders.orders_customer_id_fkey (add_foreign_key_not_valid)
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE NOT VALID;
