SET lock_timeout = '5s';

-- undo step 49: public.items.qty_rg_new
ALTER TABLE public.items ADD CONSTRAINT rollgate_nn_items_qty_rg_new CHECK (qty_rg_new IS NOT NULL) NOT VALID;

-- undo step 48: public.items.qty_rg_new
ALTER TABLE public.items ALTER COLUMN qty_rg_new DROP NOT NULL;

-- undo step 47: public.items.price_rg_new
ALTER TABLE public.items ADD CONSTRAINT rollgate_nn_items_price_rg_new CHECK (price_rg_new IS NOT NULL) NOT VALID;

-- undo step 46: public.items.price_rg_new
ALTER TABLE public.items ALTER COLUMN price_rg_new DROP NOT NULL;

-- undo step 45: public.items.code_rg_new
ALTER TABLE public.items ADD CONSTRAINT rollgate_nn_items_code_rg_new CHECK (code_rg_new IS NOT NULL) NOT VALID;

-- undo step 44: public.items.code_rg_new
ALTER TABLE public.items ALTER COLUMN code_rg_new DROP NOT NULL;
