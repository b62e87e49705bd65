-- rollgate:no-transaction

-- undo step 12: public.c.c_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.c_pkey_rg_new;
