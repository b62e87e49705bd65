SET lock_timeout = '5s';

-- undo step 67: public.c.id_rg_old
ALTER TABLE public.c ADD COLUMN id_rg_old integer;
UPDATE public.c SET id_rg_old = (id)::integer;

-- undo step 66: public.b.id_rg_old
ALTER TABLE public.b ADD COLUMN id_rg_old integer;
UPDATE public.b SET id_rg_old = (id)::integer;

-- undo step 65: public.a.id_rg_old
ALTER TABLE public.a ADD COLUMN id_rg_old integer;
UPDATE public.a SET id_rg_old = (id)::integer;
