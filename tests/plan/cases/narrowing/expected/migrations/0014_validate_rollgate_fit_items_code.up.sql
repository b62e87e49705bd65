SET lock_timeout = '5s';

-- step 36: public.items.code (validate_check)
ALTER TABLE public.items VALIDATE CONSTRAINT rollgate_fit_items_code;
