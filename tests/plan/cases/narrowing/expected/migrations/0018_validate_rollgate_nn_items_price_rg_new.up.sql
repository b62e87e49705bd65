SET lock_timeout = '5s';

-- step 40: public.items.price_rg_new (validate_check)
ALTER TABLE public.items VALIDATE CONSTRAINT rollgate_nn_items_price_rg_new;
