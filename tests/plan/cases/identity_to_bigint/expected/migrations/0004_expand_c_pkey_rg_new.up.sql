-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 14: public.c.c_pkey (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.c_pkey_rg_new;

-- step 15: public.c.c_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY c_pkey_rg_new ON public.c USING btree (id_rg_new);
