-- rollgate:no-transaction

-- step 1: public.events_kind_at_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY events_kind_at_idx ON public.events USING btree (kind, at DESC) WHERE (kind <> 'noise');
