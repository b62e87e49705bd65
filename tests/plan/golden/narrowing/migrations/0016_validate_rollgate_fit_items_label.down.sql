SET lock_timeout = '5s';

-- undo step 37: public.items.label: nothing to undo
