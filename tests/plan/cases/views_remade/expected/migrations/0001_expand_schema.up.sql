SET lock_timeout = '5s';

-- step 1: public.item_prices (drop_view)
DROP MATERIALIZED VIEW public.item_prices;

-- step 2: public.item_names (drop_view)
DROP VIEW public.item_names;

-- step 3: public.items.items_version (drop_trigger)
DROP TRIGGER items_version ON public.items;

-- step 4: public.item_names (create_view)
CREATE VIEW public.item_names AS
SELECT id, name FROM items;

-- step 5: public.item_prices (create_view)
CREATE MATERIALIZED VIEW public.item_prices AS
SELECT id, price FROM items WHERE price > 0;

-- step 6: public.item_prices_price_idx (create_index)
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE INDEX item_prices_price_idx ON public.item_prices USING btree (price);

-- step 7: public.items.items_version (create_trigger)
CREATE CONSTRAINT TRIGGER items_version AFTER UPDATE ON public.items DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (old.* IS DISTINCT FROM new.*) EXECUTE FUNCTION public.check_version();
