-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 4: public.events_room_so_idx_rg_new (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.events_room_so_idx_rg_new;

-- step 5: public.events_room_so_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY events_room_so_idx_rg_new ON public.events USING btree (room, stream_ordering_rg_new);
