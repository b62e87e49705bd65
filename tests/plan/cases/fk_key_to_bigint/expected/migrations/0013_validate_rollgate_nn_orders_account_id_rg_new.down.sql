SET lock_timeout = '5s';

-- undo step 27: public.orders.account_id_rg_new: nothing to undo
