SET lock_timeout = '5s';

-- step 23: public.b.id_rg_new (validate_check)
ALTER TABLE public.b VALIDATE CONSTRAINT rollgate_nn_b_id_rg_new;
