SET lock_timeout = '5s';

-- undo step 8: public.t.a
ALTER TABLE public.t RENAME COLUMN a TO a_rg_new;

-- undo step 7: public.t.a
ALTER TABLE public.t RENAME COLUMN a_rg_old TO a;

-- undo step 6: public.t.a_rg_new
CREATE FUNCTION public.rollgate_sync_t_a_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.a IS DISTINCT FROM OLD.a THEN
        NEW.a_rg_new := (NEW.a)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 5: public.t.a_rg_new
CREATE TRIGGER rollgate_sync_t_a_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_a_rg_new();
