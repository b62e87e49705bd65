SET lock_timeout = '5s';

-- undo step 6: public.counters.ratio_rg_new
DROP TRIGGER rollgate_sync_counters_ratio_rg_new ON public.counters;

-- undo step 5: public.counters.ratio_rg_new
DROP FUNCTION public.rollgate_sync_counters_ratio_rg_new();

-- undo step 4: public.counters.hits_rg_new
DROP TRIGGER rollgate_sync_counters_hits_rg_new ON public.counters;

-- undo step 3: public.counters.hits_rg_new
DROP FUNCTION public.rollgate_sync_counters_hits_rg_new();

-- undo step 2: public.counters.ratio_rg_new
ALTER TABLE public.counters DROP COLUMN ratio_rg_new;

-- undo step 1: public.counters.hits_rg_new
ALTER TABLE public.counters DROP COLUMN hits_rg_new;
