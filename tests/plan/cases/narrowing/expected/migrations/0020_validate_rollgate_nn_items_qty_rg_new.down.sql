SET lock_timeout = '5s';

-- undo step 42: public.items.qty_rg_new: nothing to undo
