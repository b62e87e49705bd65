SET lock_timeout = '5s';

-- step 13: public.words.w_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.words ALTER COLUMN w_rg_new SET NOT NULL;

-- step 14: public.words.w_rg_new (drop_constraint_check)
ALTER TABLE public.words DROP CONSTRAINT rollgate_nn_words_w_rg_new;
