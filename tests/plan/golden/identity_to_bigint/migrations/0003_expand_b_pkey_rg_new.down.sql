-- rollgate:no-transaction

-- undo step 11: public.b.b_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.b_pkey_rg_new;
