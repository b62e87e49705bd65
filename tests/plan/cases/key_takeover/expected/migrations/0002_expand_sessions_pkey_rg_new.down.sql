-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 4: public.sessions.sessions_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.sessions_pkey_rg_new;

-- undo step 3: public.sessions.sessions_pkey: nothing to undo
