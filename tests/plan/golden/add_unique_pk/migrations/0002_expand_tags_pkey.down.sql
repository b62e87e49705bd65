-- rollgate:no-transaction

-- undo step 2: public.tags.tags_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.tags_pkey;
