SET lock_timeout = '5s';

-- undo step 37: public.items.code_rg_new: nothing to undo
