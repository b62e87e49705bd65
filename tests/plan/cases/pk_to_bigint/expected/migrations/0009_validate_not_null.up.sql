SET lock_timeout = '5s';

-- step 18: public.tickets.code_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.tickets ALTER COLUMN code_rg_new SET NOT NULL;

-- step 19: public.tickets.code_rg_new (drop_constraint_check)
ALTER TABLE public.tickets DROP CONSTRAINT rollgate_nn_tickets_code_rg_new;

-- step 20: public.tickets.id_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.tickets ALTER COLUMN id_rg_new SET NOT NULL;

-- step 21: public.tickets.id_rg_new (drop_constraint_check)
ALTER TABLE public.tickets DROP CONSTRAINT rollgate_nn_tickets_id_rg_new;
