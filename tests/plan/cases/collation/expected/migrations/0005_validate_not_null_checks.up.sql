SET lock_timeout = '5s';

-- step 11: public.words.w_rg_new (add_check_not_valid)
ALTER TABLE public.words ADD CONSTRAINT rollgate_nn_words_w_rg_new CHECK (w_rg_new IS NOT NULL) NOT VALID;
