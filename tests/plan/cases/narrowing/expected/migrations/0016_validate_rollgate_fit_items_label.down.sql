SET lock_timeout = '5s';

-- undo step 38: public.items.label: nothing to undo
