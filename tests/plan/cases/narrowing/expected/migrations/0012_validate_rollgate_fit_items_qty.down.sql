SET lock_timeout = '5s';

-- undo step 33: public.items.qty
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_qty;

-- undo step 32: public.items.qty: nothing to undo
