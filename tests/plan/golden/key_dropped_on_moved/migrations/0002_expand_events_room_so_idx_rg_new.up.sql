-- rollgate:no-transaction

-- step 4: public.events_room_so_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY events_room_so_idx_rg_new ON public.events USING btree (room, stream_ordering_rg_new);
