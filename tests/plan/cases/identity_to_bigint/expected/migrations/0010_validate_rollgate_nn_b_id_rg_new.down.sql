SET lock_timeout = '5s';

-- undo step 23: public.b.id_rg_new: nothing to undo
