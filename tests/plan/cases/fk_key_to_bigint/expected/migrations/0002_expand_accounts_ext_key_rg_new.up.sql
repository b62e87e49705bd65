-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 11: public.accounts_ext_key_rg_new (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_ext_key_rg_new;

-- step 12: public.accounts_ext_key_rg_new (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY accounts_ext_key_rg_new ON public.accounts USING btree (ext_rg_new);
