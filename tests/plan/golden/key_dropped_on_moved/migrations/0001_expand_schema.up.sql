SET lock_timeout = '5s';

-- step 1: public.events.stream_ordering_rg_new (add_column_nullable)
ALTER TABLE public.events ADD COLUMN stream_ordering_rg_new bigint;

-- step 2: public.events.stream_ordering_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_events_stream_ordering_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: keeps the old and the new column in step while both versions run
    IF TG_OP = 'INSERT' THEN
        IF NEW.stream_ordering_rg_new IS NULL THEN
            NEW.stream_ordering_rg_new := (NEW.stream_ordering)::bigint;
        ELSIF NEW.stream_ordering IS NULL THEN
            NEW.stream_ordering := (NEW.stream_ordering_rg_new)::integer;
        END IF;
    ELSIF NEW.stream_ordering IS DISTINCT FROM OLD.stream_ordering THEN
        NEW.stream_ordering_rg_new := (NEW.stream_ordering)::bigint;
    ELSIF NEW.stream_ordering_rg_new IS DISTINCT FROM OLD.stream_ordering_rg_new THEN
        NEW.stream_ordering := (NEW.stream_ordering_rg_new)::integer;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 3: public.events.stream_ordering_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_events_stream_ordering_rg_new BEFORE INSERT OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_events_stream_ordering_rg_new();
