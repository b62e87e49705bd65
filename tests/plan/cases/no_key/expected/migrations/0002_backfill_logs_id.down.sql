SET lock_timeout = '5s';

-- undo step 3: public.logs.id: nothing to undo
