SET lock_timeout = '5s';

-- undo step 40: public.tickets.id_rg_old
ALTER TABLE public.tickets ADD COLUMN id_rg_old integer;
UPDATE public.tickets SET id_rg_old = (id)::integer;

-- undo step 39: public.tickets.code_rg_old
ALTER TABLE public.tickets ADD COLUMN code_rg_old integer;
UPDATE public.tickets SET code_rg_old = (code)::integer;
