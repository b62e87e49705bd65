-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 9: public.words_lower_w_key_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.words_lower_w_key_rg_new;

-- undo step 8: public.words_lower_w_key_rg_new: nothing to undo
