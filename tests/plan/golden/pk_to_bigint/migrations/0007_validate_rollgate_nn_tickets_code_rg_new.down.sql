SET lock_timeout = '5s';

-- undo step 14: public.tickets.code_rg_new: nothing to undo
