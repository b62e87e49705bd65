SET lock_timeout = '5s';

-- undo step 11: public.words.w_rg_new
ALTER TABLE public.words DROP CONSTRAINT rollgate_nn_words_w_rg_new;
