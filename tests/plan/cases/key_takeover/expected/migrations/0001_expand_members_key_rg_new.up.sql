-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 1: public.members.members_key (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.members_key_rg_new;

-- step 2: public.members.members_key (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY members_key_rg_new ON public.members USING btree (tenant, email);
