-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 9: public.item_list_idx
DROP INDEX CONCURRENTLY IF EXISTS public.item_list_idx_rg_new;

-- undo step 8: public.item_list_idx: nothing to undo
