SET lock_timeout = '5s';

-- undo step 25: public.orders.orders_status_check: nothing to undo
