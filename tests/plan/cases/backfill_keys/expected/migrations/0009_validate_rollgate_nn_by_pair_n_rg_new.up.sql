SET lock_timeout = '5s';

-- step 27: public.by_pair.n_rg_new (validate_check)
ALTER TABLE public.by_pair VALIDATE CONSTRAINT rollgate_nn_by_pair_n_rg_new;
