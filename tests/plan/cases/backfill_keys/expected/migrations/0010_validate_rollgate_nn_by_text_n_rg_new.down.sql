SET lock_timeout = '5s';

-- undo step 28: public.by_text.n_rg_new: nothing to undo
