-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 16: public.accounts.accounts_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_pkey_rg_new;

-- undo step 15: public.accounts.accounts_pkey: nothing to undo
