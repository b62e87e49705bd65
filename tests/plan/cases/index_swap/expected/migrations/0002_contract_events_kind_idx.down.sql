-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 3: public.events_kind_idx
CREATE INDEX CONCURRENTLY events_kind_idx ON public.events USING btree (kind);
