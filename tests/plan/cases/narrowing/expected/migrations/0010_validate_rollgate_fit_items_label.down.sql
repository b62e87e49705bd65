SET lock_timeout = '5s';

-- undo step 29: public.items.label
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_label;

-- undo step 28: public.items.label: nothing to undo
