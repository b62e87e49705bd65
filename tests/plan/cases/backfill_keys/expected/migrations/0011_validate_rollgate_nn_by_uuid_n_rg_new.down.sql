SET lock_timeout = '5s';

-- undo step 29: public.by_uuid.n_rg_new: nothing to undo
