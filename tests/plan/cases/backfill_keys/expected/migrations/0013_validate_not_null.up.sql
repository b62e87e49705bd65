SET lock_timeout = '5s';

-- step 31: public.by_index.n_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.by_index ALTER COLUMN n_rg_new SET NOT NULL;

-- step 32: public.by_index.n_rg_new (drop_constraint_check)
ALTER TABLE public.by_index DROP CONSTRAINT rollgate_nn_by_index_n_rg_new;

-- step 33: public.by_pair.n_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.by_pair ALTER COLUMN n_rg_new SET NOT NULL;

-- step 34: public.by_pair.n_rg_new (drop_constraint_check)
ALTER TABLE public.by_pair DROP CONSTRAINT rollgate_nn_by_pair_n_rg_new;

-- step 35: public.by_text.n_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.by_text ALTER COLUMN n_rg_new SET NOT NULL;

-- step 36: public.by_text.n_rg_new (drop_constraint_check)
ALTER TABLE public.by_text DROP CONSTRAINT rollgate_nn_by_text_n_rg_new;

-- step 37: public.by_uuid.n_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.by_uuid ALTER COLUMN n_rg_new SET NOT NULL;

-- step 38: public.by_uuid.n_rg_new (drop_constraint_check)
ALTER TABLE public.by_uuid DROP CONSTRAINT rollgate_nn_by_uuid_n_rg_new;

-- step 39: public.no_key.n_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.no_key ALTER COLUMN n_rg_new SET NOT NULL;

-- step 40: public.no_key.n_rg_new (drop_constraint_check)
ALTER TABLE public.no_key DROP CONSTRAINT rollgate_nn_no_key_n_rg_new;
