SET lock_timeout = '5s';

-- undo step 2: public.events.id
ALTER TABLE public.events DROP CONSTRAINT rollgate_nn_events_id;
