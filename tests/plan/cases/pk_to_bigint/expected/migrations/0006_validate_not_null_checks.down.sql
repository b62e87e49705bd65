SET lock_timeout = '5s';

-- undo step 15: public.tickets.id_rg_new
ALTER TABLE public.tickets DROP CONSTRAINT rollgate_nn_tickets_id_rg_new;

-- undo step 14: public.tickets.code_rg_new
ALTER TABLE public.tickets DROP CONSTRAINT rollgate_nn_tickets_code_rg_new;
