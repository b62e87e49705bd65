SET lock_timeout = '5s';

-- step 43: public.items.sold_at (validate_check)
ALTER TABLE public.items VALIDATE CONSTRAINT rollgate_fit_items_sold_at;
