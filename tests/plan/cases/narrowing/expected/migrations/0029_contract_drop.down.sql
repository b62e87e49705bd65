SET lock_timeout = '5s';

-- undo step 91: public.items.sold_at_rg_old
ALTER TABLE public.items ADD COLUMN sold_at_rg_old timestamp with time zone;

-- undo step 90: public.items.qty_rg_old
ALTER TABLE public.items ADD COLUMN qty_rg_old bigint;

-- undo step 89: public.items.price_rg_old
ALTER TABLE public.items ADD COLUMN price_rg_old numeric(10,2);

-- undo step 88: public.items.label_rg_old
ALTER TABLE public.items ADD COLUMN label_rg_old text;

-- undo step 87: public.items.code_rg_old
ALTER TABLE public.items ADD COLUMN code_rg_old character varying(20);
CREATE INDEX items_code_idx_rg_old ON public.items USING btree (code_rg_old);
