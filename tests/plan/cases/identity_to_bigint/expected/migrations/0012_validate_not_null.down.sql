SET lock_timeout = '5s';

-- undo step 30: public.c.id_rg_new
ALTER TABLE public.c ADD CONSTRAINT rollgate_nn_c_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;

-- undo step 29: public.c.id_rg_new
ALTER TABLE public.c ALTER COLUMN id_rg_new DROP NOT NULL;

-- undo step 28: public.b.id_rg_new
ALTER TABLE public.b ADD CONSTRAINT rollgate_nn_b_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;

-- undo step 27: public.b.id_rg_new
ALTER TABLE public.b ALTER COLUMN id_rg_new DROP NOT NULL;

-- undo step 26: public.a.id_rg_new
ALTER TABLE public.a ADD CONSTRAINT rollgate_nn_a_id_rg_new CHECK (id_rg_new IS NOT NULL) NOT VALID;

-- undo step 25: public.a.id_rg_new
ALTER TABLE public.a ALTER COLUMN id_rg_new DROP NOT NULL;
