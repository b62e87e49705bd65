SET lock_timeout = '5s';

-- undo step 43: public.items.sold_at: nothing to undo
