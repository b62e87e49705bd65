SET lock_timeout = '5s';

-- step 11: public.counters.hits_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.counters ALTER COLUMN hits_rg_new SET NOT NULL;

-- step 12: public.counters.hits_rg_new (drop_constraint_check)
ALTER TABLE public.counters DROP CONSTRAINT rollgate_nn_counters_hits_rg_new;
