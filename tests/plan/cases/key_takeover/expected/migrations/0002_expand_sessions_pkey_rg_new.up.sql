-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 3: public.sessions.sessions_pkey (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.sessions_pkey_rg_new;

-- step 4: public.sessions.sessions_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY sessions_pkey_rg_new ON public.sessions USING btree (token);
