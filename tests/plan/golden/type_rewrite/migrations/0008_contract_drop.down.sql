-- rollgate:lossy counters.ratio back to real: values written since keep only real's precision
SET lock_timeout = '5s';

-- undo step 25: public.counters.ratio_rg_old
ALTER TABLE public.counters ADD COLUMN ratio_rg_old real;
UPDATE public.counters SET ratio_rg_old = (ratio)::real;

-- undo step 24: public.counters.hits_rg_old
ALTER TABLE public.counters ADD COLUMN hits_rg_old integer;
UPDATE public.counters SET hits_rg_old = (hits)::integer;
