SET lock_timeout = '5s';

-- undo step 20: public.b.id_rg_new: nothing to undo
