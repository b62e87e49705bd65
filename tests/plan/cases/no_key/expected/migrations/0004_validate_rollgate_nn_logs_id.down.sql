SET lock_timeout = '5s';

-- undo step 5: public.logs.id: nothing to undo
