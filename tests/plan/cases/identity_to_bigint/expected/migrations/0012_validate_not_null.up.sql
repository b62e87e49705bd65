SET lock_timeout = '5s';

-- step 25: public.a.id_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.a ALTER COLUMN id_rg_new SET NOT NULL;

-- step 26: public.a.id_rg_new (drop_constraint_check)
ALTER TABLE public.a DROP CONSTRAINT rollgate_nn_a_id_rg_new;

-- step 27: public.b.id_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.b ALTER COLUMN id_rg_new SET NOT NULL;

-- step 28: public.b.id_rg_new (drop_constraint_check)
ALTER TABLE public.b DROP CONSTRAINT rollgate_nn_b_id_rg_new;

-- step 29: public.c.id_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.c ALTER COLUMN id_rg_new SET NOT NULL;

-- step 30: public.c.id_rg_new (drop_constraint_check)
ALTER TABLE public.c DROP CONSTRAINT rollgate_nn_c_id_rg_new;
