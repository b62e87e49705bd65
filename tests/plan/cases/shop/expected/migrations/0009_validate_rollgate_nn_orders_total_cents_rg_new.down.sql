SET lock_timeout = '5s';

-- undo step 25: public.orders.total_cents_rg_new: nothing to undo
