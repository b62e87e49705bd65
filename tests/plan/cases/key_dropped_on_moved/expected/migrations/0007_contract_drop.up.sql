SET lock_timeout = '5s';

-- step 19: public.events.stream_ordering_rg_old (drop_column)
ALTER TABLE public.events DROP COLUMN stream_ordering_rg_old;
