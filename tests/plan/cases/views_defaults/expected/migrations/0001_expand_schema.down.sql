SET lock_timeout = '5s';

-- undo step 3: public.cheap_items
DROP VIEW public.cheap_items;
CREATE VIEW public.cheap_items AS
SELECT id, price FROM items WHERE price < 10;

-- undo step 2: public.items.qty
ALTER TABLE public.items ALTER COLUMN qty SET DEFAULT 1;

-- undo step 1: public.items.price
ALTER TABLE public.items ALTER COLUMN price DROP DEFAULT;
