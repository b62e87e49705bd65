SET lock_timeout = '5s';

-- step 29: public.by_uuid.n_rg_new (validate_check)
ALTER TABLE public.by_uuid VALIDATE CONSTRAINT rollgate_nn_by_uuid_n_rg_new;
