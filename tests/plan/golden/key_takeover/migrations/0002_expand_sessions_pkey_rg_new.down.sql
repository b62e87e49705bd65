-- rollgate:no-transaction

-- undo step 2: public.sessions.sessions_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.sessions_pkey_rg_new;
