SET lock_timeout = '5s';

-- step 2: public.orders.orders_total_positive (validate_check)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_positive;
