SET lock_timeout = '5s';

-- undo step 70: public.c.id_rg_old
ALTER TABLE public.c ADD COLUMN id_rg_old integer;

-- undo step 69: public.b.id_rg_old
ALTER TABLE public.b ADD COLUMN id_rg_old integer;

-- undo step 68: public.a.id_rg_old
ALTER TABLE public.a ADD COLUMN id_rg_old integer;
