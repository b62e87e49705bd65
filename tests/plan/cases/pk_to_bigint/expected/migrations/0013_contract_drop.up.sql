SET lock_timeout = '5s';

-- step 41: public.tickets.code_rg_old (drop_column)
ALTER TABLE public.tickets DROP COLUMN code_rg_old;

-- step 42: public.tickets.id_rg_old (drop_column)
ALTER TABLE public.tickets DROP COLUMN id_rg_old;
