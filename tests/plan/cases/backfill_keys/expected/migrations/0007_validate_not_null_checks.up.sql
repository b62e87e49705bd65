SET lock_timeout = '5s';

-- step 21: public.by_index.n_rg_new (add_check_not_valid)
ALTER TABLE public.by_index ADD CONSTRAINT rollgate_nn_by_index_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;

-- step 22: public.by_pair.n_rg_new (add_check_not_valid)
ALTER TABLE public.by_pair ADD CONSTRAINT rollgate_nn_by_pair_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;

-- step 23: public.by_text.n_rg_new (add_check_not_valid)
ALTER TABLE public.by_text ADD CONSTRAINT rollgate_nn_by_text_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;

-- step 24: public.by_uuid.n_rg_new (add_check_not_valid)
ALTER TABLE public.by_uuid ADD CONSTRAINT rollgate_nn_by_uuid_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;

-- step 25: public.no_key.n_rg_new (add_check_not_valid)
ALTER TABLE public.no_key ADD CONSTRAINT rollgate_nn_no_key_n_rg_new CHECK (n_rg_new IS NOT NULL) NOT VALID;
