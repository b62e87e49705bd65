SET lock_timeout = '5s';

-- step 38: public.items.label (validate_check)
ALTER TABLE public.items VALIDATE CONSTRAINT rollgate_fit_items_label;
