-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 12: public.accounts_ext_key_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_ext_key_rg_new;

-- undo step 11: public.accounts_ext_key_rg_new: nothing to undo
