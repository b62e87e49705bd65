-- rollgate:no-transaction

-- undo step 1: public.accounts.accounts_login_key
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_login_key;
