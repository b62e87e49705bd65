SET lock_timeout = '5s';

-- step 9: public.counters.hits_rg_new (add_check_not_valid)
ALTER TABLE public.counters ADD CONSTRAINT rollgate_nn_counters_hits_rg_new CHECK (hits_rg_new IS NOT NULL) NOT VALID;
