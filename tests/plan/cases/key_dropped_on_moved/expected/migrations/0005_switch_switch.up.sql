SET lock_timeout = '5s';

-- step 9: public.events_old_idx (drop_index)
DROP INDEX public.events_old_idx;

-- step 10: public.events.stream_ordering_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_events_stream_ordering_rg_new ON public.events;

-- step 11: public.events.stream_ordering_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_events_stream_ordering_rg_new();

-- step 12: public.events.events_pkey (drop_constraint_unique)
ALTER TABLE public.events DROP CONSTRAINT events_pkey;

-- step 13: public.events.stream_ordering (drop_not_null)
ALTER TABLE public.events ALTER COLUMN stream_ordering DROP NOT NULL;

-- step 14: public.events.stream_ordering (rename_column)
ALTER TABLE public.events RENAME COLUMN stream_ordering TO stream_ordering_rg_old;

-- step 15: public.events.stream_ordering (rename_column)
ALTER TABLE public.events RENAME COLUMN stream_ordering_rg_new TO stream_ordering;

-- step 16: public.events_room_so_idx (alter_index_rename)
ALTER INDEX public.events_room_so_idx RENAME TO events_room_so_idx_rg_old;

-- step 17: public.events_room_so_idx (alter_index_rename)
ALTER INDEX public.events_room_so_idx_rg_new RENAME TO events_room_so_idx;
