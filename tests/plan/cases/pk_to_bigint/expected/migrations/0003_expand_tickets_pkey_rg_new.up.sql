-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 10: public.tickets.tickets_pkey (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.tickets_pkey_rg_new;

-- step 11: public.tickets.tickets_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY tickets_pkey_rg_new ON public.tickets USING btree (id_rg_new);
