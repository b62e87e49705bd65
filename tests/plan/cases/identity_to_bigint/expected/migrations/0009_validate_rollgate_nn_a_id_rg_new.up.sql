SET lock_timeout = '5s';

-- step 22: public.a.id_rg_new (validate_check)
ALTER TABLE public.a VALIDATE CONSTRAINT rollgate_nn_a_id_rg_new;
