SET lock_timeout = '5s';

-- undo step 19: public.a.id_rg_new: nothing to undo
