SET lock_timeout = '5s';

-- undo step 86: public.items.sold_at_rg_old
ALTER TABLE public.items ADD COLUMN sold_at_rg_old timestamp with time zone;
UPDATE public.items SET sold_at_rg_old = (sold_at)::timestamp with time zone;

-- undo step 85: public.items.qty_rg_old
ALTER TABLE public.items ADD COLUMN qty_rg_old bigint;
UPDATE public.items SET qty_rg_old = (qty)::bigint;

-- undo step 84: public.items.price_rg_old
ALTER TABLE public.items ADD CONSTRAINT rollgate_back_items_price CHECK (abs(price) < 1e8);
ALTER TABLE public.items ADD COLUMN price_rg_old numeric(10,2);
UPDATE public.items SET price_rg_old = (price)::numeric(10,2);
ALTER TABLE public.items DROP CONSTRAINT rollgate_back_items_price;

-- undo step 83: public.items.label_rg_old
ALTER TABLE public.items ADD COLUMN label_rg_old text;
UPDATE public.items SET label_rg_old = (label)::text;

-- undo step 82: public.items.code_rg_old
ALTER TABLE public.items ADD COLUMN code_rg_old character varying(20);
UPDATE public.items SET code_rg_old = (code)::character varying(20);
CREATE INDEX items_code_idx_rg_old ON public.items USING btree (code_rg_old);
