-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 15: public.c.c_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.c_pkey_rg_new;

-- undo step 14: public.c.c_pkey: nothing to undo
