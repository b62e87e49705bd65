-- rollgate:no-transaction

-- undo step 1: public.countries.countries_code_key
DROP INDEX CONCURRENTLY IF EXISTS public.countries_code_key;
