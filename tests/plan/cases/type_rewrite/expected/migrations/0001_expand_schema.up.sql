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
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.hits IS DISTINCT FROM OLD.hits THEN
        NEW.hits_rg_new := (NEW.hits)::bigint;
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
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.ratio IS DISTINCT FROM OLD.ratio THEN
        NEW.ratio_rg_new := (NEW.ratio)::double precision;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 6: public.counters.ratio_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_counters_ratio_rg_new BEFORE INSERT OR UPDATE ON public.counters FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_counters_ratio_rg_new();
