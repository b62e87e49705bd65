SET lock_timeout = '5s';

-- undo step 64: public.c.id_rg_old
ALTER TABLE public.c ADD COLUMN id_rg_old integer;
UPDATE public.c SET id_rg_old = (id)::integer;

-- undo step 63: public.b.id_rg_old
ALTER TABLE public.b ADD COLUMN id_rg_old integer;
UPDATE public.b SET id_rg_old = (id)::integer;

-- undo step 62: public.a.id_rg_old
ALTER TABLE public.a ADD COLUMN id_rg_old integer;
UPDATE public.a SET id_rg_old = (id)::integer;
