SET lock_timeout = '5s';

-- undo step 15: public.items.sold_at_rg_new
DROP TRIGGER rollgate_sync_items_sold_at_rg_new ON public.items;

-- undo step 14: public.items.sold_at_rg_new
DROP FUNCTION public.rollgate_sync_items_sold_at_rg_new();

-- undo step 13: public.items.qty_rg_new
DROP TRIGGER rollgate_sync_items_qty_rg_new ON public.items;

-- undo step 12: public.items.qty_rg_new
DROP FUNCTION public.rollgate_sync_items_qty_rg_new();

-- undo step 11: public.items.price_rg_new
DROP TRIGGER rollgate_sync_items_price_rg_new ON public.items;

-- undo step 10: public.items.price_rg_new
DROP FUNCTION public.rollgate_sync_items_price_rg_new();

-- undo step 9: public.items.label_rg_new
DROP TRIGGER rollgate_sync_items_label_rg_new ON public.items;

-- undo step 8: public.items.label_rg_new
DROP FUNCTION public.rollgate_sync_items_label_rg_new();

-- undo step 7: public.items.code_rg_new
DROP TRIGGER rollgate_sync_items_code_rg_new ON public.items;

-- undo step 6: public.items.code_rg_new
DROP FUNCTION public.rollgate_sync_items_code_rg_new();

-- undo step 5: public.items.sold_at_rg_new
ALTER TABLE public.items DROP COLUMN sold_at_rg_new;

-- undo step 4: public.items.qty_rg_new
ALTER TABLE public.items DROP COLUMN qty_rg_new;

-- undo step 3: public.items.price_rg_new
ALTER TABLE public.items DROP COLUMN price_rg_new;

-- undo step 2: public.items.label_rg_new
ALTER TABLE public.items DROP COLUMN label_rg_new;

-- undo step 1: public.items.code_rg_new
ALTER TABLE public.items DROP COLUMN code_rg_new;
