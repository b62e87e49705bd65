-- rollgate:no-transaction

-- undo step 13: public.accounts.accounts_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_pkey_rg_new;
