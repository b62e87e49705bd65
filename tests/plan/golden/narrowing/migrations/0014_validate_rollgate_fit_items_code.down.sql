SET lock_timeout = '5s';

-- undo step 35: public.items.code: nothing to undo
