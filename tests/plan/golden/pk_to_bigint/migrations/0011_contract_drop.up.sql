SET lock_timeout = '5s';

-- step 39: public.tickets.code_rg_old (drop_column)
ALTER TABLE public.tickets DROP COLUMN code_rg_old;

-- step 40: public.tickets.id_rg_old (drop_column)
ALTER TABLE public.tickets DROP COLUMN id_rg_old;
