SET lock_timeout = '5s';

-- undo step 4: public.customers.remark
ALTER TABLE public.customers DROP COLUMN remark;

-- undo step 3: public.customers.full_name
ALTER TABLE public.customers DROP COLUMN full_name;

-- undo step 2: public.client_events.client_events_pkey
ALTER TABLE public.client_events DROP CONSTRAINT client_events_pkey;

-- undo step 1: public.client_events
DROP TABLE public.client_events;
