-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 17: public.orders_account_id_idx_rg_new (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.orders_account_id_idx_rg_new;

-- step 18: public.orders_account_id_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY orders_account_id_idx_rg_new ON public.orders USING btree (account_id_rg_new);
