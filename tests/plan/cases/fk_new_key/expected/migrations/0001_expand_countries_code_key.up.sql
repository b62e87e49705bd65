-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 1: public.countries.countries_code_key (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.countries_code_key;

-- step 2: public.countries.countries_code_key (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY countries_code_key ON public.countries USING btree (code);
