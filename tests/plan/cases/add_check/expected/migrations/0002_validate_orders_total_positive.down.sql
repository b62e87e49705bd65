SET lock_timeout = '5s';

-- undo step 2: public.orders.orders_total_positive: nothing to undo
