-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 2: public.countries.countries_code_key
DROP INDEX CONCURRENTLY IF EXISTS public.countries_code_key;

-- undo step 1: public.countries.countries_code_key: nothing to undo
