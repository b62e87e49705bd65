SET lock_timeout = '5s';

-- step 12: public.words.w_rg_new (validate_check)
ALTER TABLE public.words VALIDATE CONSTRAINT rollgate_nn_words_w_rg_new;
