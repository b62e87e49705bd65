SET lock_timeout = '5s';

-- undo step 81: public.items.sold_at
ALTER TABLE public.items RENAME COLUMN sold_at TO sold_at_rg_new;

-- undo step 80: public.items.sold_at
ALTER TABLE public.items RENAME COLUMN sold_at_rg_old TO sold_at;

-- undo step 79: public.items.qty
ALTER TABLE public.items ALTER COLUMN qty DROP DEFAULT;

-- undo step 78: public.items.qty
ALTER TABLE public.items RENAME COLUMN qty TO qty_rg_new;

-- undo step 77: public.items.qty
ALTER TABLE public.items RENAME COLUMN qty_rg_old TO qty;

-- undo step 76: public.items.qty
ALTER TABLE public.items ALTER COLUMN qty SET DEFAULT 0;

-- undo step 75: public.items.qty
ALTER TABLE public.items ALTER COLUMN qty SET NOT NULL;

-- undo step 74: public.items.price
ALTER TABLE public.items RENAME COLUMN price TO price_rg_new;

-- undo step 73: public.items.price
ALTER TABLE public.items RENAME COLUMN price_rg_old TO price;

-- undo step 72: public.items.price
ALTER TABLE public.items ALTER COLUMN price SET NOT NULL;

-- undo step 71: public.items.label
ALTER TABLE public.items RENAME COLUMN label TO label_rg_new;

-- undo step 70: public.items.label
ALTER TABLE public.items RENAME COLUMN label_rg_old TO label;

-- undo step 69: public.items_code_idx
ALTER INDEX public.items_code_idx RENAME TO items_code_idx_rg_new;

-- undo step 68: public.items_code_idx
ALTER INDEX public.items_code_idx_rg_old RENAME TO items_code_idx;

-- undo step 67: public.items.code
ALTER TABLE public.items RENAME COLUMN code TO code_rg_new;

-- undo step 66: public.items.code
ALTER TABLE public.items RENAME COLUMN code_rg_old TO code;

-- undo step 65: public.items.code
ALTER TABLE public.items ALTER COLUMN code SET NOT NULL;

-- undo step 64: public.items.sold_at
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_sold_at CHECK (sold_at = date_trunc('day', sold_at)) NOT VALID;

-- undo step 63: public.items.sold_at_rg_new
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

-- undo step 62: public.items.sold_at_rg_new
CREATE TRIGGER rollgate_sync_items_sold_at_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_sold_at_rg_new();

-- undo step 61: public.items.qty
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_qty CHECK (qty BETWEEN -2147483648 AND 2147483647) NOT VALID;

-- undo step 60: public.items.qty_rg_new
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

-- undo step 59: public.items.qty_rg_new
CREATE TRIGGER rollgate_sync_items_qty_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_qty_rg_new();

-- undo step 58: public.items.price
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_price CHECK (round(price, 0) = price) NOT VALID;

-- undo step 57: public.items.price_rg_new
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

-- undo step 56: public.items.price_rg_new
CREATE TRIGGER rollgate_sync_items_price_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_price_rg_new();

-- undo step 55: public.items.label
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_label CHECK (char_length(label) <= 5) NOT VALID;

-- undo step 54: public.items.label_rg_new
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

-- undo step 53: public.items.label_rg_new
CREATE TRIGGER rollgate_sync_items_label_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_label_rg_new();

-- undo step 52: public.items.code
ALTER TABLE public.items ADD CONSTRAINT rollgate_fit_items_code CHECK (char_length(code) <= 10) NOT VALID;

-- undo step 51: public.items.code_rg_new
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

-- undo step 50: public.items.code_rg_new
CREATE TRIGGER rollgate_sync_items_code_rg_new BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_items_code_rg_new();
