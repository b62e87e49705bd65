SET lock_timeout = '5s';

-- undo step 39: public.open_orders
DROP VIEW public.open_orders;

-- undo step 38: public.orders.total_cents
ALTER TABLE public.orders ALTER COLUMN total_cents DROP DEFAULT;

-- undo step 37: public.orders.total_cents
ALTER TABLE public.orders RENAME COLUMN total_cents TO total_cents_rg_new;

-- undo step 36: public.orders.total_cents
ALTER TABLE public.orders RENAME COLUMN total_cents_rg_old TO total_cents;

-- undo step 35: public.orders.total_cents
ALTER TABLE public.orders ALTER COLUMN total_cents SET DEFAULT 0;

-- undo step 34: public.orders.total_cents
ALTER TABLE public.orders ALTER COLUMN total_cents SET NOT NULL;

-- undo step 33: public.orders.total_cents_rg_new
CREATE FUNCTION public.rollgate_sync_orders_total_cents_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.total_cents IS DISTINCT FROM OLD.total_cents THEN
        NEW.total_cents_rg_new := (NEW.total_cents)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 32: public.orders.total_cents_rg_new
CREATE TRIGGER rollgate_sync_orders_total_cents_rg_new BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_orders_total_cents_rg_new();

-- undo step 31: public.open_orders
CREATE VIEW public.open_orders AS
SELECT o.id, c.email, o.total_cents, o.currency FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status IN ('new', 'paid');
