SET lock_timeout = '5s';

-- step 10: public.counters.hits_rg_new (validate_check)
ALTER TABLE public.counters VALIDATE CONSTRAINT rollgate_nn_counters_hits_rg_new;
