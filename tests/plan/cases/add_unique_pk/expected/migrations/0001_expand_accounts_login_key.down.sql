-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 2: public.accounts.accounts_login_key
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_login_key;

-- undo step 1: public.accounts.accounts_login_key: nothing to undo
