SET lock_timeout = '5s';

-- undo step 17: public.events_room_so_idx
ALTER INDEX public.events_room_so_idx RENAME TO events_room_so_idx_rg_new;

-- undo step 16: public.events_room_so_idx
ALTER INDEX public.events_room_so_idx_rg_old RENAME TO events_room_so_idx;

-- undo step 15: public.events.stream_ordering
ALTER TABLE public.events RENAME COLUMN stream_ordering TO stream_ordering_rg_new;

-- undo step 14: public.events.stream_ordering
ALTER TABLE public.events RENAME COLUMN stream_ordering_rg_old TO stream_ordering;

-- undo step 13: public.events.stream_ordering
ALTER TABLE public.events ALTER COLUMN stream_ordering SET NOT NULL;

-- undo step 12: public.events.events_pkey
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (stream_ordering);

-- undo step 11: public.events.stream_ordering_rg_new
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

-- undo step 10: public.events.stream_ordering_rg_new
CREATE TRIGGER rollgate_sync_events_stream_ordering_rg_new BEFORE INSERT OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_events_stream_ordering_rg_new();

-- undo step 9: public.events_old_idx
CREATE INDEX events_old_idx ON public.events USING btree ((stream_ordering % 100));
