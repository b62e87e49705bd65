SET lock_timeout = '5s';

-- undo step 12: public.counters.hits_rg_new
ALTER TABLE public.counters ADD CONSTRAINT rollgate_nn_counters_hits_rg_new CHECK (hits_rg_new IS NOT NULL) NOT VALID;

-- undo step 11: public.counters.hits_rg_new
ALTER TABLE public.counters ALTER COLUMN hits_rg_new DROP NOT NULL;
