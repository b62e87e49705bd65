SET lock_timeout = '5s';

-- step 25: public.items.code_rg_new (add_check_not_valid)
ALTER TABLE public.items ADD CONSTRAINT rollgate_nn_items_code_rg_new CHECK (code_rg_new IS NOT NULL) NOT VALID;

-- step 26: public.items.price_rg_new (add_check_not_valid)
ALTER TABLE public.items ADD CONSTRAINT rollgate_nn_items_price_rg_new CHECK (price_rg_new IS NOT NULL) NOT VALID;

-- step 27: public.items.qty_rg_new (add_check_not_valid)
ALTER TABLE public.items ADD CONSTRAINT rollgate_nn_items_qty_rg_new CHECK (qty_rg_new IS NOT NULL) NOT VALID;
