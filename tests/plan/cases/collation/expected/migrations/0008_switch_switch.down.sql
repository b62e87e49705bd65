SET lock_timeout = '5s';

-- undo step 23: public.words_lower_w_key
ALTER INDEX public.words_lower_w_key RENAME TO words_lower_w_key_rg_new;

-- undo step 22: public.words_lower_w_key
ALTER INDEX public.words_lower_w_key_rg_old RENAME TO words_lower_w_key;

-- undo step 21: public.words_w_idx
ALTER INDEX public.words_w_idx RENAME TO words_w_idx_rg_new;

-- undo step 20: public.words_w_idx
ALTER INDEX public.words_w_idx_rg_old RENAME TO words_w_idx;

-- undo step 19: public.words.w
ALTER TABLE public.words RENAME COLUMN w TO w_rg_new;

-- undo step 18: public.words.w
ALTER TABLE public.words RENAME COLUMN w_rg_old TO w;

-- undo step 17: public.words.w
ALTER TABLE public.words ALTER COLUMN w SET NOT NULL;

-- undo step 16: public.words.w_rg_new
CREATE FUNCTION public.rollgate_sync_words_w_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.w IS DISTINCT FROM OLD.w THEN
        NEW.w_rg_new := NEW.w;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 15: public.words.w_rg_new
CREATE TRIGGER rollgate_sync_words_w_rg_new BEFORE INSERT OR UPDATE ON public.words FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_words_w_rg_new();
