SET lock_timeout = '5s';

-- undo step 25: public.no_key.n_rg_new
ALTER TABLE public.no_key DROP CONSTRAINT rollgate_nn_no_key_n_rg_new;

-- undo step 24: public.by_uuid.n_rg_new
ALTER TABLE public.by_uuid DROP CONSTRAINT rollgate_nn_by_uuid_n_rg_new;

-- undo step 23: public.by_text.n_rg_new
ALTER TABLE public.by_text DROP CONSTRAINT rollgate_nn_by_text_n_rg_new;

-- undo step 22: public.by_pair.n_rg_new
ALTER TABLE public.by_pair DROP CONSTRAINT rollgate_nn_by_pair_n_rg_new;

-- undo step 21: public.by_index.n_rg_new
ALTER TABLE public.by_index DROP CONSTRAINT rollgate_nn_by_index_n_rg_new;
