SET lock_timeout = '5s';

-- step 16: public.tickets.code_rg_new (validate_check)
ALTER TABLE public.tickets VALIDATE CONSTRAINT rollgate_nn_tickets_code_rg_new;
