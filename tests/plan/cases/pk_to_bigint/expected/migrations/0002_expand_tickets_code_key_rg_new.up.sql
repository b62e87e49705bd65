-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 8: public.tickets.tickets_code_key (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.tickets_code_key_rg_new;

-- step 9: public.tickets.tickets_code_key (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY tickets_code_key_rg_new ON public.tickets USING btree (code_rg_new);
