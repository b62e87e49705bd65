SET lock_timeout = '5s';

-- undo step 26: public.by_index.n_rg_new: nothing to undo
