SET lock_timeout = '5s';

-- step 28: public.by_text.n_rg_new (validate_check)
ALTER TABLE public.by_text VALIDATE CONSTRAINT rollgate_nn_by_text_n_rg_new;
