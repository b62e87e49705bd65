SET lock_timeout = '5s';

-- step 1: public.orders.orders_status_check (nothing): nothing to do on the way up; the down file does the work
