-- rollgate:no-transaction

-- undo step 10: public.a.a_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.a_pkey_rg_new;
