-- rollgate:no-transaction

-- step 2: public.tags.tags_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY tags_pkey ON public.tags USING btree (name);
