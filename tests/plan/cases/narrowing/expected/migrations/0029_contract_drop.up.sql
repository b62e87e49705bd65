SET lock_timeout = '5s';

-- step 87: public.items.code_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN code_rg_old;

-- step 88: public.items.label_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN label_rg_old;

-- step 89: public.items.price_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN price_rg_old;

-- step 90: public.items.qty_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN qty_rg_old;

-- step 91: public.items.sold_at_rg_old (drop_column)
ALTER TABLE public.items DROP COLUMN sold_at_rg_old;
