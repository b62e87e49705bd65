SET lock_timeout = '5s';

-- step 1: public.counters.hits_rg_new (add_column_nullable)
ALTER TABLE public.counters ADD COLUMN hits_rg_new bigint;

-- step 2: public.counters.ratio_rg_new (add_column_nullable)
ALTER TABLE public.counters ADD COLUMN ratio_rg_new double precision;

-- step 3: public.counters.hits_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_counters_hits_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: keeps the old and the new column in step while both versions run
    IF TG_OP = 'INSERT' THEN
        IF NEW.hits_rg_new IS NULL THEN
            NEW.hits_rg_new := (NEW.hits)::bigint;
        ELSIF NEW.hits IS NULL THEN
            NEW.hits := (NEW.hits_rg_new)::integer;
        END IF;
    ELSIF NEW.hits IS DISTINCT FROM OLD.hits THEN
        NEW.hits_rg_new := (NEW.hits)::bigint;
    ELSIF NEW.hits_rg_new IS DISTINCT FROM OLD.hits_rg_new THEN
        NEW.hits := (NEW.hits_rg_new)::integer;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 4: public.counters.hits_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_counters_hits_rg_new BEFORE INSERT OR UPDATE ON public.counters FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_counters_hits_rg_new();

-- step 5: public.counters.ratio_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_counters_ratio_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: keeps the old and the new column in step while both versions run
    IF TG_OP = 'INSERT' THEN
        IF NEW.ratio_rg_new IS NULL THEN
            NEW.ratio_rg_new := (NEW.ratio)::double precision;
        ELSIF NEW.ratio IS NULL THEN
            NEW.ratio := (NEW.ratio_rg_new)::real;
        END IF;
    ELSIF NEW.ratio IS DISTINCT FROM OLD.ratio THEN
        NEW.ratio_rg_new := (NEW.ratio)::double precision;
    ELSIF NEW.ratio_rg_new IS DISTINCT FROM OLD.ratio_rg_new THEN
        NEW.ratio := (NEW.ratio_rg_new)::real;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 6: public.counters.ratio_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_counters_ratio_rg_new BEFORE INSERT OR UPDATE ON public.counters FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_counters_ratio_rg_new();
