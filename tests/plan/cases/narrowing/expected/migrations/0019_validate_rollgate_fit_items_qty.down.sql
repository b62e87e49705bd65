SET lock_timeout = '5s';

-- undo step 41: public.items.qty: nothing to undo
