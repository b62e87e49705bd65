SET lock_timeout = '5s';

-- step 1: public.t.a_rg_new (add_column_nullable)
ALTER TABLE public.t ADD COLUMN a_rg_new bigint;

-- step 2: public.t.a_rg_new (create_function)
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

-- step 3: public.t.a_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_t_a_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_a_rg_new();
