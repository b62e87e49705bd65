SET lock_timeout = '5s';

-- undo step 40: public.items.price_rg_new: nothing to undo
