SET lock_timeout = '5s';

-- step 40: public.items.qty (validate_check)
ALTER TABLE public.items VALIDATE CONSTRAINT rollgate_fit_items_qty;
