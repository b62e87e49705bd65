SET lock_timeout = '5s';

-- step 19: public.a.id_rg_new (add_check_not_valid)
ALTER TABLE public.a ADD CONSTRAINT rollgate_nn_a_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;

-- step 20: public.b.id_rg_new (add_check_not_valid)
ALTER TABLE public.b ADD CONSTRAINT rollgate_nn_b_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;

-- step 21: public.c.id_rg_new (add_check_not_valid)
ALTER TABLE public.c ADD CONSTRAINT rollgate_nn_c_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;
