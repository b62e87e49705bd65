SET lock_timeout = '5s';

-- undo step 1: public.orders.orders_total_positive
ALTER TABLE public.orders DROP CONSTRAINT orders_total_positive;
