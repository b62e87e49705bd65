SET lock_timeout = '5s';

-- undo step 21: public.c.id_rg_new: nothing to undo
