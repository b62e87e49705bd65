SET lock_timeout = '5s';

-- step 5: public.t.a_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_t_a_rg_new ON public.t;

-- step 6: public.t.a_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_t_a_rg_new();

-- step 7: public.t.a (rename_column)
ALTER TABLE public.t RENAME COLUMN a TO a_rg_old;

-- step 8: public.t.a (rename_column)
ALTER TABLE public.t RENAME COLUMN a_rg_new TO a;
