SET lock_timeout = '5s';

-- step 1: public.events.stream_ordering_rg_new (add_column_nullable)
ALTER TABLE public.events ADD COLUMN stream_ordering_rg_new bigint;

-- step 2: public.events.stream_ordering_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_events_stream_ordering_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.stream_ordering IS DISTINCT FROM OLD.stream_ordering THEN
        NEW.stream_ordering_rg_new := (NEW.stream_ordering)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 3: public.events.stream_ordering_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_events_stream_ordering_rg_new BEFORE INSERT OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_events_stream_ordering_rg_new();
