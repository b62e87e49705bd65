SET lock_timeout = '5s';

-- step 50: public.items.code_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_items_code_rg_new ON public.items;

-- step 51: public.items.code_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_items_code_rg_new();

-- step 52: public.items.code (drop_constraint_check)
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_code;

-- step 53: public.items.label_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_items_label_rg_new ON public.items;

-- step 54: public.items.label_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_items_label_rg_new();

-- step 55: public.items.label (drop_constraint_check)
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_label;

-- step 56: public.items.price_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_items_price_rg_new ON public.items;

-- step 57: public.items.price_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_items_price_rg_new();

-- step 58: public.items.price (drop_constraint_check)
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_price;

-- step 59: public.items.qty_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_items_qty_rg_new ON public.items;

-- step 60: public.items.qty_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_items_qty_rg_new();

-- step 61: public.items.qty (drop_constraint_check)
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_qty;

-- step 62: public.items.sold_at_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_items_sold_at_rg_new ON public.items;

-- step 63: public.items.sold_at_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_items_sold_at_rg_new();

-- step 64: public.items.sold_at (drop_constraint_check)
ALTER TABLE public.items DROP CONSTRAINT rollgate_fit_items_sold_at;

-- step 65: public.items.code (drop_not_null)
ALTER TABLE public.items ALTER COLUMN code DROP NOT NULL;

-- step 66: public.items.code (rename_column)
ALTER TABLE public.items RENAME COLUMN code TO code_rg_old;

-- step 67: public.items.code (rename_column)
ALTER TABLE public.items RENAME COLUMN code_rg_new TO code;

-- step 68: public.items_code_idx (alter_index_rename)
ALTER INDEX public.items_code_idx RENAME TO items_code_idx_rg_old;

-- step 69: public.items_code_idx (alter_index_rename)
ALTER INDEX public.items_code_idx_rg_new RENAME TO items_code_idx;

-- step 70: public.items.label (rename_column)
ALTER TABLE public.items RENAME COLUMN label TO label_rg_old;

-- step 71: public.items.label (rename_column)
ALTER TABLE public.items RENAME COLUMN label_rg_new TO label;

-- step 72: public.items.price (drop_not_null)
ALTER TABLE public.items ALTER COLUMN price DROP NOT NULL;

-- step 73: public.items.price (rename_column)
ALTER TABLE public.items RENAME COLUMN price TO price_rg_old;

-- step 74: public.items.price (rename_column)
ALTER TABLE public.items RENAME COLUMN price_rg_new TO price;

-- step 75: public.items.qty (drop_not_null)
ALTER TABLE public.items ALTER COLUMN qty DROP NOT NULL;

-- step 76: public.items.qty (drop_default)
ALTER TABLE public.items ALTER COLUMN qty DROP DEFAULT;

-- step 77: public.items.qty (rename_column)
ALTER TABLE public.items RENAME COLUMN qty TO qty_rg_old;

-- step 78: public.items.qty (rename_column)
ALTER TABLE public.items RENAME COLUMN qty_rg_new TO qty;

-- step 79: public.items.qty (set_default)
ALTER TABLE public.items ALTER COLUMN qty SET DEFAULT 0;

-- step 80: public.items.sold_at (rename_column)
ALTER TABLE public.items RENAME COLUMN sold_at TO sold_at_rg_old;

-- step 81: public.items.sold_at (rename_column)
ALTER TABLE public.items RENAME COLUMN sold_at_rg_new TO sold_at;
