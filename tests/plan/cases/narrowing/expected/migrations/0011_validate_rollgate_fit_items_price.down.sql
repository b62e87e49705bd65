SET lock_timeout = '5s';

-- undo step 31: public.items.price
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_price;

-- undo step 30: public.items.price: nothing to undo
