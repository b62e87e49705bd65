SET lock_timeout = '5s';

-- undo step 21: public.tickets.id_rg_new
ALTER TABLE public.tickets ADD CONSTRAINT rollgate_nn_tickets_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;

-- undo step 20: public.tickets.id_rg_new
ALTER TABLE public.tickets ALTER COLUMN id_rg_new DROP NOT NULL;

-- undo step 19: public.tickets.code_rg_new
ALTER TABLE public.tickets ADD CONSTRAINT rollgate_nn_tickets_code_rg_new CHECK (code_rg_new IS NOT NULL) NOT VALID;

-- undo step 18: public.tickets.code_rg_new
ALTER TABLE public.tickets ALTER COLUMN code_rg_new DROP NOT NULL;
