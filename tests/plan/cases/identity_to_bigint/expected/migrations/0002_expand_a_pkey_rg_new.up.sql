-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 10: public.a.a_pkey (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.a_pkey_rg_new;

-- step 11: public.a.a_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY a_pkey_rg_new ON public.a USING btree (id_rg_new);
