SET lock_timeout = '5s';

-- step 15: public.words.w_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_words_w_rg_new ON public.words;

-- step 16: public.words.w_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_words_w_rg_new();

-- step 17: public.words.w (drop_not_null)
ALTER TABLE public.words ALTER COLUMN w DROP NOT NULL;

-- step 18: public.words.w (rename_column)
ALTER TABLE public.words RENAME COLUMN w TO w_rg_old;

-- step 19: public.words.w (rename_column)
ALTER TABLE public.words RENAME COLUMN w_rg_new TO w;

-- step 20: public.words_w_idx (alter_index_rename)
ALTER INDEX public.words_w_idx RENAME TO words_w_idx_rg_old;

-- step 21: public.words_w_idx (alter_index_rename)
ALTER INDEX public.words_w_idx_rg_new RENAME TO words_w_idx;

-- step 22: public.words_lower_w_key (alter_index_rename)
ALTER INDEX public.words_lower_w_key RENAME TO words_lower_w_key_rg_old;

-- step 23: public.words_lower_w_key (alter_index_rename)
ALTER INDEX public.words_lower_w_key_rg_new RENAME TO words_lower_w_key;
