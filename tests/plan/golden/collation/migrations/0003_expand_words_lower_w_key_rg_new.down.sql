-- rollgate:no-transaction

-- undo step 7: public.words_lower_w_key_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.words_lower_w_key_rg_new;
