SET lock_timeout = '5s';

-- undo step 3: public.events.id: nothing to undo
