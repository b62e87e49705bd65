SET lock_timeout = '5s';

-- undo step 15: public.tickets.id_rg_new: nothing to undo
