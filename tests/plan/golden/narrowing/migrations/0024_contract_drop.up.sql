SET lock_timeout = '5s';

-- step 82: public.items.code_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN code_rg_old;

-- step 83: public.items.label_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN label_rg_old;

-- step 84: public.items.price_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN price_rg_old;

-- step 85: public.items.qty_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN qty_rg_old;

-- step 86: public.items.sold_at_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN sold_at_rg_old;
