SET lock_timeout = '5s';

-- step 41: public.items.qty (validate_check)
ALTER TABLE public.items VALIDATE CONSTRAINT rollgate_fit_items_qty;
