-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 7: public.words_w_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.words_w_idx_rg_new;

-- undo step 6: public.words_w_idx_rg_new: nothing to undo
