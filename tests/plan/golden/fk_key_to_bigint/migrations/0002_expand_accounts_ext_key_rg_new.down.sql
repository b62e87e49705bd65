-- rollgate:no-transaction

-- undo step 11: public.accounts_ext_key_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_ext_key_rg_new;
