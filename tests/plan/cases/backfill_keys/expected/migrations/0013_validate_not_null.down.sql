SET lock_timeout = '5s';

-- undo step 40: public.no_key.n_rg_new
ALTER TABLE public.no_key ADD CONSTRAINT rollgate_nn_no_key_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;

-- undo step 39: public.no_key.n_rg_new
ALTER TABLE public.no_key ALTER COLUMN n_rg_new DROP NOT NULL;

-- undo step 38: public.by_uuid.n_rg_new
ALTER TABLE public.by_uuid ADD CONSTRAINT rollgate_nn_by_uuid_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;

-- undo step 37: public.by_uuid.n_rg_new
ALTER TABLE public.by_uuid ALTER COLUMN n_rg_new DROP NOT NULL;

-- undo step 36: public.by_text.n_rg_new
ALTER TABLE public.by_text ADD CONSTRAINT rollgate_nn_by_text_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;

-- undo step 35: public.by_text.n_rg_new
ALTER TABLE public.by_text ALTER COLUMN n_rg_new DROP NOT NULL;

-- undo step 34: public.by_pair.n_rg_new
ALTER TABLE public.by_pair ADD CONSTRAINT rollgate_nn_by_pair_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;

-- undo step 33: public.by_pair.n_rg_new
ALTER TABLE public.by_pair ALTER COLUMN n_rg_new DROP NOT NULL;

-- undo step 32: public.by_index.n_rg_new
ALTER TABLE public.by_index ADD CONSTRAINT rollgate_nn_by_index_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;

-- undo step 31: public.by_index.n_rg_new
ALTER TABLE public.by_index ALTER COLUMN n_rg_new DROP NOT NULL;
