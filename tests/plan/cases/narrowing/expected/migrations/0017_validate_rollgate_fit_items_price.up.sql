SET lock_timeout = '5s';

-- step 39: public.items.price (validate_check)
ALTER TABLE public.items VALIDATE CONSTRAINT rollgate_fit_items_price;
