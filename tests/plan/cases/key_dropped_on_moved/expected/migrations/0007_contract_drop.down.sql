SET lock_timeout = '5s';

-- undo step 19: public.events.stream_ordering_rg_old
ALTER TABLE public.events ADD COLUMN stream_ordering_rg_old integer;
CREATE INDEX events_room_so_idx_rg_old ON public.events USING btree (room, stream_ordering_rg_old);
