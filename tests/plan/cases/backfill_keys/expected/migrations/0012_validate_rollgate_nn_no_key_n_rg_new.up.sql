SET lock_timeout = '5s';

-- step 30: public.no_key.n_rg_new (validate_check)
ALTER TABLE public.no_key VALIDATE CONSTRAINT rollgate_nn_no_key_n_rg_new;
