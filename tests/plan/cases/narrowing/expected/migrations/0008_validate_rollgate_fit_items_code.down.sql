SET lock_timeout = '5s';

-- undo step 24: public.items.code
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_code;

-- undo step 23: public.items.code: nothing to undo
