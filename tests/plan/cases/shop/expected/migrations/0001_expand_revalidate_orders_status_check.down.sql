SET lock_timeout = '5s';

-- undo step 1: public.orders.orders_status_check
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_status_check;
