SET lock_timeout = '5s';

-- undo step 23: public.orders.orders_status_check: nothing to undo
