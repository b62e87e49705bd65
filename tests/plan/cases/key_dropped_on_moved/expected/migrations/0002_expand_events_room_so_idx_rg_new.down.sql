-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 5: public.events_room_so_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.events_room_so_idx_rg_new;

-- undo step 4: public.events_room_so_idx_rg_new: nothing to undo
