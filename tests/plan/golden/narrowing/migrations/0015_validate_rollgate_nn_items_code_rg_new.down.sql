SET lock_timeout = '5s';

-- undo step 36: public.items.code_rg_new: nothing to undo
