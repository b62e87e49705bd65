SET lock_timeout = '5s';

-- undo step 30: public.no_key.n_rg_new: nothing to undo
