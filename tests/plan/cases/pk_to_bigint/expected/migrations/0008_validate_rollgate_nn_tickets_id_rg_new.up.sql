SET lock_timeout = '5s';

-- step 17: public.tickets.id_rg_new (validate_check)
ALTER TABLE public.tickets VALIDATE CONSTRAINT rollgate_nn_tickets_id_rg_new;
