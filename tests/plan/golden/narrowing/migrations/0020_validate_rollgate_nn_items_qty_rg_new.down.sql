SET lock_timeout = '5s';

-- undo step 41: public.items.qty_rg_new: nothing to undo
