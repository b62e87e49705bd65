SET lock_timeout = '5s';

-- undo step 7: public.items.items_version
DROP TRIGGER items_version ON public.items;

-- undo step 6: public.item_prices_price_idx
DROP INDEX public.item_prices_price_idx;

-- undo step 5: public.item_prices
DROP MATERIALIZED VIEW public.item_prices;

-- undo step 4: public.item_names
DROP VIEW public.item_names;

-- undo step 3: public.items.items_version
CREATE CONSTRAINT TRIGGER items_version AFTER UPDATE ON public.items DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_version();

-- undo step 2: public.item_names
CREATE VIEW public.item_names AS
SELECT id, name, price FROM items;

-- undo step 1: public.item_prices
CREATE MATERIALIZED VIEW public.item_prices AS
SELECT id, price FROM items;
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE INDEX item_prices_price_idx ON public.item_prices USING btree (price);
