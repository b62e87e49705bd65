SET lock_timeout = '5s';

-- undo step 27: public.counters.ratio_rg_old
ALTER TABLE public.counters ADD COLUMN ratio_rg_old real;

-- undo step 26: public.counters.hits_rg_old
ALTER TABLE public.counters ADD COLUMN hits_rg_old integer;
