SET lock_timeout = '5s';

-- step 1: public.words.note (alter_type_binary_coercible)
ALTER TABLE public.words ALTER COLUMN note TYPE text COLLATE "C";

-- step 2: public.words.tag (alter_type_binary_coercible)
ALTER TABLE public.words ALTER COLUMN tag TYPE text;

-- step 3: public.words.w_rg_new (add_column_nullable)
ALTER TABLE public.words ADD COLUMN w_rg_new text COLLATE "C";

-- step 4: public.words.w_rg_new (create_function)
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

-- step 5: public.words.w_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_words_w_rg_new BEFORE INSERT OR UPDATE ON public.words FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_words_w_rg_new();
