SET lock_timeout = '5s';

-- undo step 5: public.words.w_rg_new
DROP TRIGGER rollgate_sync_words_w_rg_new ON public.words;

-- undo step 4: public.words.w_rg_new
DROP FUNCTION public.rollgate_sync_words_w_rg_new();

-- undo step 3: public.words.w_rg_new
ALTER TABLE public.words DROP COLUMN w_rg_new;

-- undo step 2: public.words.tag
ALTER TABLE public.words ALTER COLUMN tag TYPE text COLLATE "C";

-- undo step 1: public.words.note
ALTER TABLE public.words ALTER COLUMN note TYPE text;
