SET lock_timeout = '5s';

-- step 1: public.items.price (set_default)
ALTER TABLE public.items ALTER COLUMN price SET DEFAULT 0;

-- step 2: public.items.qty (drop_default)
ALTER TABLE public.items ALTER COLUMN qty DROP DEFAULT;

-- step 3: public.cheap_items (create_or_replace_view)
CREATE OR REPLACE VIEW public.cheap_items AS
SELECT id, price, qty FROM items WHERE price < 5;
