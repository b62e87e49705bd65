SET lock_timeout = '5s';

-- undo step 23: public.counters.ratio
ALTER TABLE public.counters RENAME COLUMN ratio TO ratio_rg_new;

-- undo step 22: public.counters.ratio
ALTER TABLE public.counters RENAME COLUMN ratio_rg_old TO ratio;

-- undo step 21: public.counters.hits
ALTER TABLE public.counters ALTER COLUMN hits DROP DEFAULT;

-- undo step 20: public.counters.hits
ALTER TABLE public.counters RENAME COLUMN hits TO hits_rg_new;

-- undo step 19: public.counters.hits
ALTER TABLE public.counters RENAME COLUMN hits_rg_old TO hits;

-- undo step 18: public.counters.hits
ALTER TABLE public.counters ALTER COLUMN hits SET DEFAULT 0;

-- undo step 17: public.counters.hits
ALTER TABLE public.counters ALTER COLUMN hits SET NOT NULL;

-- undo step 16: public.counters.ratio_rg_new
CREATE FUNCTION public.rollgate_sync_counters_ratio_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.ratio IS DISTINCT FROM OLD.ratio THEN
        NEW.ratio_rg_new := (NEW.ratio)::double precision;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 15: public.counters.ratio_rg_new
CREATE TRIGGER rollgate_sync_counters_ratio_rg_new BEFORE INSERT OR UPDATE ON public.counters FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_counters_ratio_rg_new();

-- undo step 14: public.counters.hits_rg_new
CREATE FUNCTION public.rollgate_sync_counters_hits_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.hits IS DISTINCT FROM OLD.hits THEN
        NEW.hits_rg_new := (NEW.hits)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 13: public.counters.hits_rg_new
CREATE TRIGGER rollgate_sync_counters_hits_rg_new BEFORE INSERT OR UPDATE ON public.counters FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_counters_hits_rg_new();
