SET lock_timeout = '5s';

-- step 1: public.orders.orders_total_positive (add_check_not_valid)
ALTER TABLE public.orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;
