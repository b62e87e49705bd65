SET lock_timeout = '5s';

-- undo step 9: public.c.id_rg_new
DROP TRIGGER rollgate_sync_c_id_rg_new ON public.c;

-- undo step 8: public.c.id_rg_new
DROP FUNCTION public.rollgate_sync_c_id_rg_new();

-- undo step 7: public.b.id_rg_new
DROP TRIGGER rollgate_sync_b_id_rg_new ON public.b;

-- undo step 6: public.b.id_rg_new
DROP FUNCTION public.rollgate_sync_b_id_rg_new();

-- undo step 5: public.a.id_rg_new
DROP TRIGGER rollgate_sync_a_id_rg_new ON public.a;

-- undo step 4: public.a.id_rg_new
DROP FUNCTION public.rollgate_sync_a_id_rg_new();

-- undo step 3: public.c.id_rg_new
ALTER TABLE public.c DROP COLUMN id_rg_new;

-- undo step 2: public.b.id_rg_new
ALTER TABLE public.b DROP COLUMN id_rg_new;

-- undo step 1: public.a.id_rg_new
ALTER TABLE public.a DROP COLUMN id_rg_new;
