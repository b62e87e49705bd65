-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 11: public.a.a_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.a_pkey_rg_new;

-- undo step 10: public.a.a_pkey: nothing to undo
