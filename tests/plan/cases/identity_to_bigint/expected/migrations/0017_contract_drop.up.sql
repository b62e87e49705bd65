SET lock_timeout = '5s';

-- step 68: public.a.id_rg_old (drop_column)
ALTER TABLE public.a DROP COLUMN id_rg_old;

-- step 69: public.b.id_rg_old (drop_column)
ALTER TABLE public.b DROP COLUMN id_rg_old;

-- step 70: public.c.id_rg_old (drop_column)
ALTER TABLE public.c DROP COLUMN id_rg_old;
