-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 1: public.accounts.accounts_login_key (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_login_key;

-- step 2: public.accounts.accounts_login_key (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY accounts_login_key ON public.accounts USING btree (login);
