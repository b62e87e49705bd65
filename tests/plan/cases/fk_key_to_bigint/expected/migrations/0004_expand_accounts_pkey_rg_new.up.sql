-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 15: public.accounts.accounts_pkey (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_pkey_rg_new;

-- step 16: public.accounts.accounts_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY accounts_pkey_rg_new ON public.accounts USING btree (id_rg_new);
