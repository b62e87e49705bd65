SET lock_timeout = '5s';

-- undo step 7: public.events.id: nothing to undo

-- undo step 6: public.events.id
ALTER TABLE public.events ALTER COLUMN id DROP IDENTITY;

-- undo step 5: public.events.id
ALTER TABLE public.events ADD CONSTRAINT rollgate_nn_events_id CHECK (id IS NOT NULL) NOT VALID;

-- undo step 4: public.events.id
ALTER TABLE public.events ALTER COLUMN id DROP NOT NULL;
