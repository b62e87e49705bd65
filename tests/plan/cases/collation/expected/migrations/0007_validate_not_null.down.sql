SET lock_timeout = '5s';

-- undo step 14: public.words.w_rg_new
ALTER TABLE public.words ADD CONSTRAINT rollgate_nn_words_w_rg_new CHECK (w_rg_new IS NOT NULL) NOT VALID;

-- undo step 13: public.words.w_rg_new
ALTER TABLE public.words ALTER COLUMN w_rg_new DROP NOT NULL;
