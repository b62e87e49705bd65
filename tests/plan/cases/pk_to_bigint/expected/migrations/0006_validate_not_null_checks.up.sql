SET lock_timeout = '5s';

-- step 14: public.tickets.code_rg_new (add_check_not_valid)
ALTER TABLE public.tickets ADD CONSTRAINT rollgate_nn_tickets_code_rg_new CHECK (code_rg_new IS NOT NULL) NOT VALID;

-- step 15: public.tickets.id_rg_new (add_check_not_valid)
ALTER TABLE public.tickets ADD CONSTRAINT rollgate_nn_tickets_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;
