SET lock_timeout = '5s';

-- step 37: public.tickets.code_rg_old (drop_column)
ALTER TABLE public.tickets DROP COLUMN code_rg_old;

-- step 38: public.tickets.id_rg_old (drop_column)
ALTER TABLE public.tickets DROP COLUMN id_rg_old;
