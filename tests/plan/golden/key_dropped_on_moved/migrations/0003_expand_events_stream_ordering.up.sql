-- rollgate:no-transaction

-- step 5: public.events_stream_ordering (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY events_stream_ordering ON public.events USING btree (stream_ordering_rg_new);
