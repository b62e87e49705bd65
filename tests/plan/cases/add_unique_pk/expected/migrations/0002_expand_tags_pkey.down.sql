-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 4: public.tags.tags_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.tags_pkey;

-- undo step 3: public.tags.tags_pkey: nothing to undo
