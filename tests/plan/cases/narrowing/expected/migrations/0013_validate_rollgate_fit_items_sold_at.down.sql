SET lock_timeout = '5s';

-- undo step 35: public.items.sold_at
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_sold_at;

-- undo step 34: public.items.sold_at: nothing to undo
