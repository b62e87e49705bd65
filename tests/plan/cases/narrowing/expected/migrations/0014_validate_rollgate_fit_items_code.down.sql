SET lock_timeout = '5s';

-- undo step 36: public.items.code: nothing to undo
