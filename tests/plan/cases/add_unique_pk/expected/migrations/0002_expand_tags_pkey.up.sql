-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 3: public.tags.tags_pkey (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.tags_pkey;

-- step 4: public.tags.tags_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY tags_pkey ON public.tags USING btree (name);
