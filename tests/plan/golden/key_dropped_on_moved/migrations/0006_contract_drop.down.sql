SET lock_timeout = '5s';

-- undo step 18: public.events.stream_ordering_rg_old
ALTER TABLE public.events ADD COLUMN stream_ordering_rg_old integer;
UPDATE public.events SET stream_ordering_rg_old = (stream_ordering)::integer;
CREATE INDEX events_room_so_idx_rg_old ON public.events USING btree (room, stream_ordering_rg_old);
