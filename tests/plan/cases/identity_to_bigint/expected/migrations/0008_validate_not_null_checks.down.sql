SET lock_timeout = '5s';

-- undo step 21: public.c.id_rg_new
ALTER TABLE public.c DROP CONSTRAINT rollgate_nn_c_id_rg_new;

-- undo step 20: public.b.id_rg_new
ALTER TABLE public.b DROP CONSTRAINT rollgate_nn_b_id_rg_new;

-- undo step 19: public.a.id_rg_new
ALTER TABLE public.a DROP CONSTRAINT rollgate_nn_a_id_rg_new;
