SET lock_timeout = '5s';

-- step 13: public.counters.hits_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_counters_hits_rg_new ON public.counters;

-- step 14: public.counters.hits_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_counters_hits_rg_new();

-- step 15: public.counters.ratio_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_counters_ratio_rg_new ON public.counters;

-- step 16: public.counters.ratio_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_counters_ratio_rg_new();

-- step 17: public.counters.hits (drop_not_null)
ALTER TABLE public.counters ALTER COLUMN hits DROP NOT NULL;

-- step 18: public.counters.hits (drop_default)
ALTER TABLE public.counters ALTER COLUMN hits DROP DEFAULT;

-- step 19: public.counters.hits (rename_column)
ALTER TABLE public.counters RENAME COLUMN hits TO hits_rg_old;

-- step 20: public.counters.hits (rename_column)
ALTER TABLE public.counters RENAME COLUMN hits_rg_new TO hits;

-- step 21: public.counters.hits (set_default)
ALTER TABLE public.counters ALTER COLUMN hits SET DEFAULT 0;

-- step 22: public.counters.ratio (rename_column)
ALTER TABLE public.counters RENAME COLUMN ratio TO ratio_rg_old;

-- step 23: public.counters.ratio (rename_column)
ALTER TABLE public.counters RENAME COLUMN ratio_rg_new TO ratio;
