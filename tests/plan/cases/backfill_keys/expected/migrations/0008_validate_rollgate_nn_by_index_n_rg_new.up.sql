SET lock_timeout = '5s';

-- step 26: public.by_index.n_rg_new (validate_check)
ALTER TABLE public.by_index VALIDATE CONSTRAINT rollgate_nn_by_index_n_rg_new;
