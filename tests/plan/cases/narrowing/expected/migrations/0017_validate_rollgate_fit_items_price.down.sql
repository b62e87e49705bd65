SET lock_timeout = '5s';

-- undo step 39: public.items.price: nothing to undo
