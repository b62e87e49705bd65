SET lock_timeout = '5s';

-- undo step 24: public.c.id_rg_new: nothing to undo
