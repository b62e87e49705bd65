SET lock_timeout = '5s';

-- undo step 22: public.a.id_rg_new: nothing to undo
