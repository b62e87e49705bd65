SET lock_timeout = '5s';

-- undo step 27: public.items.qty_rg_new
ALTER TABLE public.items DROP CONSTRAINT rollgate_nn_items_qty_rg_new;

-- undo step 26: public.items.price_rg_new
ALTER TABLE public.items DROP CONSTRAINT rollgate_nn_items_price_rg_new;

-- undo step 25: public.items.code_rg_new
ALTER TABLE public.items DROP CONSTRAINT rollgate_nn_items_code_rg_new;
