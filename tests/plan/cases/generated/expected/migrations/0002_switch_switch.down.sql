SET lock_timeout = '5s';

-- undo step 2: public.items.total
ALTER TABLE public.items DROP COLUMN total;
ALTER TABLE public.items ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;
CREATE INDEX items_total_idx ON public.items USING btree (total);
