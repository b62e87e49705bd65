-- rollgate:no-transaction

-- undo step 8: public.item_list_idx
DROP INDEX CONCURRENTLY IF EXISTS public.item_list_idx_rg_new;
