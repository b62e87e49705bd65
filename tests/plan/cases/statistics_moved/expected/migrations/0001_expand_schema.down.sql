SET lock_timeout = '5s';

-- undo step 3: public.t.a_rg_new
DROP TRIGGER rollgate_sync_t_a_rg_new ON public.t;

-- undo step 2: public.t.a_rg_new
DROP FUNCTION public.rollgate_sync_t_a_rg_new();

-- undo step 1: public.t.a_rg_new
ALTER TABLE public.t DROP COLUMN a_rg_new;
