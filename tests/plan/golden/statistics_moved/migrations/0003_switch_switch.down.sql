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
    -- rollgate: keeps the old and the new column in step while both versions run
    IF TG_OP = 'INSERT' THEN
        IF NEW.a_rg_new IS NULL THEN
            NEW.a_rg_new := (NEW.a)::bigint;
        ELSIF NEW.a IS NULL THEN
            NEW.a := (NEW.a_rg_new)::integer;
        END IF;
    ELSIF NEW.a IS DISTINCT FROM OLD.a THEN
        NEW.a_rg_new := (NEW.a)::bigint;
    ELSIF NEW.a_rg_new IS DISTINCT FROM OLD.a_rg_new THEN
        NEW.a := (NEW.a_rg_new)::integer;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 5: public.t.a_rg_new
CREATE TRIGGER rollgate_sync_t_a_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_a_rg_new();
