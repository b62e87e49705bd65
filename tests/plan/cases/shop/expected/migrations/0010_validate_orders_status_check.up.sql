SET lock_timeout = '5s';

-- step 26: public.orders.orders_status_check (validate_check)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_status_check;
