-- rollgate:no-transaction

-- undo step 6: public.words_w_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.words_w_idx_rg_new;
