SET lock_timeout = '5s';

-- step 2: public.items.total (add_column_generated_stored)
ALTER TABLE public.items DROP COLUMN total;
ALTER TABLE public.items ADD COLUMN total numeric GENERATED ALWAYS AS ((price * qty) * 1.2) STORED;
CREATE INDEX items_total_idx ON public.items USING btree (total);
