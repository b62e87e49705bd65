SET lock_timeout = '5s';

-- undo step 42: public.tickets.id_rg_old
ALTER TABLE public.tickets ADD COLUMN id_rg_old integer;

-- undo step 41: public.tickets.code_rg_old
ALTER TABLE public.tickets ADD COLUMN code_rg_old integer;
