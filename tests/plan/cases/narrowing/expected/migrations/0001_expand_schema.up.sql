SET lock_timeout = '5s';

-- step 1: public.items.code_rg_new (add_column_nullable)
ALTER TABLE public.items ADD COLUMN code_rg_new character varying(10);

-- step 2: public.items.label_rg_new (add_column_nullable)
ALTER TABLE public.items ADD COLUMN label_rg_new character varying(5);

-- step 3: public.items.price_rg_new (add_column_nullable)
ALTER TABLE public.items ADD COLUMN price_rg_new numeric(10,0);

-- step 4: public.items.qty_rg_new (add_column_nullable)
ALTER TABLE public.items ADD COLUMN qty_rg_new integer;

-- step 5: public.items.sold_at_rg_new (add_column_nullable)
ALTER TABLE public.items ADD COLUMN sold_at_rg_new date;

-- step 6: public.items.code_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_items_code_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.code IS DISTINCT FROM OLD.code THEN
        NEW.code_rg_new := (NEW.code)::character varying(10);
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 7: public.items.code_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_items_code_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_code_rg_new();

-- step 8: public.items.label_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_items_label_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.label IS DISTINCT FROM OLD.label THEN
        NEW.label_rg_new := (NEW.label)::character varying(5);
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 9: public.items.label_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_items_label_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_label_rg_new();

-- step 10: public.items.price_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_items_price_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.price IS DISTINCT FROM OLD.price THEN
        NEW.price_rg_new := (NEW.price)::numeric(10,0);
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 11: public.items.price_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_items_price_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_price_rg_new();

-- step 12: public.items.qty_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_items_qty_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.qty IS DISTINCT FROM OLD.qty THEN
        NEW.qty_rg_new := (NEW.qty)::integer;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 13: public.items.qty_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_items_qty_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_qty_rg_new();

-- step 14: public.items.sold_at_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_items_sold_at_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.sold_at IS DISTINCT FROM OLD.sold_at THEN
        NEW.sold_at_rg_new := (NEW.sold_at)::date;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 15: public.items.sold_at_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_items_sold_at_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_sold_at_rg_new();
