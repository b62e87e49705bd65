SET lock_timeout = '5s';

-- undo step 9: public.counters.hits_rg_new
ALTER TABLE public.counters DROP CONSTRAINT rollgate_nn_counters_hits_rg_new;
