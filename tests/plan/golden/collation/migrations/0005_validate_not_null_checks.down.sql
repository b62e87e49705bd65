SET lock_timeout = '5s';

-- undo step 9: public.words.w_rg_new
ALTER TABLE public.words DROP CONSTRAINT rollgate_nn_words_w_rg_new;
