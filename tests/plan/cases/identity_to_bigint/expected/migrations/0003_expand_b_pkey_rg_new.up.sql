-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 12: public.b.b_pkey (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.b_pkey_rg_new;

-- step 13: public.b.b_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY b_pkey_rg_new ON public.b USING btree (id_rg_new);
