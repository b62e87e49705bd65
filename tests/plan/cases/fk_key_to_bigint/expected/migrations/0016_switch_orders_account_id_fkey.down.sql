SET lock_timeout = '5s';

-- undo step 61: public.orders.orders_account_id_fkey: nothing to undo
