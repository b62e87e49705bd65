SET lock_timeout = '5s';

-- undo step 16: public.tickets.code_rg_new: nothing to undo
