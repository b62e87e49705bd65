-- rollgate:no-transaction

-- undo step 4: public.events_room_so_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.events_room_so_idx_rg_new;
