SET lock_timeout = '5s';

-- undo step 17: public.tickets.id_rg_new: nothing to undo
