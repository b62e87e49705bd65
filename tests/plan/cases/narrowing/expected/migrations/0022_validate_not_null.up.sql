SET lock_timeout = '5s';

-- step 44: public.items.code_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.items ALTER COLUMN code_rg_new SET NOT NULL;

-- step 45: public.items.code_rg_new (drop_constraint_check)
ALTER TABLE public.items DROP CONSTRAINT rollgate_nn_items_code_rg_new;

-- step 46: public.items.price_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.items ALTER COLUMN price_rg_new SET NOT NULL;

-- step 47: public.items.price_rg_new (drop_constraint_check)
ALTER TABLE public.items DROP CONSTRAINT rollgate_nn_items_price_rg_new;

-- step 48: public.items.qty_rg_new (set_not_null_with_valid_check)
ALTER TABLE public.items ALTER COLUMN qty_rg_new SET NOT NULL;

-- step 49: public.items.qty_rg_new (drop_constraint_check)
ALTER TABLE public.items DROP CONSTRAINT rollgate_nn_items_qty_rg_new;
