-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 13: public.b.b_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.b_pkey_rg_new;

-- undo step 12: public.b.b_pkey: nothing to undo
