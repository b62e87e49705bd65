SET lock_timeout = '5s';

-- undo step 7: public.tickets.id_rg_new
DROP TRIGGER rollgate_sync_tickets_id_rg_new ON public.tickets;

-- undo step 6: public.tickets.id_rg_new
DROP FUNCTION public.rollgate_sync_tickets_id_rg_new();

-- undo step 5: public.tickets.code_rg_new
DROP TRIGGER rollgate_sync_tickets_code_rg_new ON public.tickets;

-- undo step 4: public.tickets.code_rg_new
DROP FUNCTION public.rollgate_sync_tickets_code_rg_new();

-- undo step 3: public.tickets.id_rg_new
ALTER TABLE public.tickets DROP COLUMN id_rg_new;

-- undo step 2: public.tickets.code_rg_new
ALTER TABLE public.tickets DROP COLUMN code_rg_new;

-- undo step 1: public.tickets_id_seq
ALTER SEQUENCE public.tickets_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
