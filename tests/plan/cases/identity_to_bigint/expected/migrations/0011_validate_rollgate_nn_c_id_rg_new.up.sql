SET lock_timeout = '5s';

-- step 24: public.c.id_rg_new (validate_check)
ALTER TABLE public.c VALIDATE CONSTRAINT rollgate_nn_c_id_rg_new;
