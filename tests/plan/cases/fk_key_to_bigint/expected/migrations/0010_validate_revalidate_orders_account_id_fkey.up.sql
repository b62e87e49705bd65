SET lock_timeout = '5s';

-- step 24: public.orders.orders_account_id_fkey (nothing): nothing to do on the way up; the down file does the work
