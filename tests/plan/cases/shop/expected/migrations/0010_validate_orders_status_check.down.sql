SET lock_timeout = '5s';

-- undo step 26: public.orders.orders_status_check: nothing to undo
