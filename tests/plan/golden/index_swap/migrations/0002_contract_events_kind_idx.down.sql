-- rollgate:no-transaction

-- undo step 2: public.events_kind_idx
CREATE INDEX CONCURRENTLY events_kind_idx ON public.events USING btree (kind);
