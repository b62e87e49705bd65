SET lock_timeout = '5s';

-- step 3: public.events.id (validate_check)
ALTER TABLE public.events VALIDATE CONSTRAINT rollgate_nn_events_id;
