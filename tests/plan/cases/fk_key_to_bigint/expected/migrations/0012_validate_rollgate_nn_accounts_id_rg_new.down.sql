SET lock_timeout = '5s';

-- undo step 26: public.accounts.id_rg_new: nothing to undo
