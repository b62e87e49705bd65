SET lock_timeout = '5s';

-- step 2: public.events.id (add_check_not_valid)
ALTER TABLE public.events ADD CONSTRAINT rollgate_nn_events_id CHECK (id IS NOT NULL) NOT VALID;
