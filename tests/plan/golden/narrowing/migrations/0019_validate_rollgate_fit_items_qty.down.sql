SET lock_timeout = '5s';

-- undo step 40: public.items.qty: nothing to undo
