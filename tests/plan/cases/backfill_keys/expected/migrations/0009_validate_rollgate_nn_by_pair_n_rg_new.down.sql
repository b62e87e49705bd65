SET lock_timeout = '5s';

-- undo step 27: public.by_pair.n_rg_new: nothing to undo
