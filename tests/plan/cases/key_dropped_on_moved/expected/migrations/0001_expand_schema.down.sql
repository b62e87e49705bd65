SET lock_timeout = '5s';

-- undo step 3: public.events.stream_ordering_rg_new
DROP TRIGGER rollgate_sync_events_stream_ordering_rg_new ON public.events;

-- undo step 2: public.events.stream_ordering_rg_new
DROP FUNCTION public.rollgate_sync_events_stream_ordering_rg_new();

-- undo step 1: public.events.stream_ordering_rg_new
ALTER TABLE public.events DROP COLUMN stream_ordering_rg_new;
