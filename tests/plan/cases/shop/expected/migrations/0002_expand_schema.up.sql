SET lock_timeout = '5s';

-- step 2: public.open_orders (drop_view)
DROP VIEW public.open_orders;

-- step 3: public.currency (create_enum_type)
CREATE TYPE public.currency AS ENUM (
    'EUR',
    'USD',
    'GBP'
);

-- step 4: public.customers.email (alter_type_binary_coercible)
ALTER TABLE public.customers ALTER COLUMN email TYPE character varying(254);

-- step 5: public.customers.full_name (add_column_nullable)
ALTER TABLE public.customers ADD COLUMN full_name text;

-- step 6: public.orders.currency (add_column_not_null_default)
ALTER TABLE public.orders ADD COLUMN currency public.currency DEFAULT 'EUR' NOT NULL;

-- step 7: public.orders.note (add_column_nullable)
ALTER TABLE public.orders ADD COLUMN note text;

-- step 8: public.orders.total_cents_rg_new (add_column_nullable)
ALTER TABLE public.orders ADD COLUMN total_cents_rg_new bigint;

-- step 9: public.orders.orders_status_check (drop_constraint_check)
ALTER TABLE public.orders DROP CONSTRAINT orders_status_check;

-- step 10: public.orders.orders_status_check (add_check_not_valid)
ALTER TABLE public.orders ADD CONSTRAINT orders_status_check CHECK (status IN ('new', 'paid', 'shipped', 'refunded')) NOT VALID;

-- step 11: public.customers.full_name (create_function)
CREATE FUNCTION public.rollgate_sync_customers_full_name() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: keeps the old and the new column in step while both versions run
    IF TG_OP = 'INSERT' THEN
        IF NEW.full_name IS NULL THEN
            NEW.full_name := NEW.name;
        ELSIF NEW.name IS NULL THEN
            NEW.name := NEW.full_name;
        END IF;
    ELSIF NEW.name IS DISTINCT FROM OLD.name THEN
        NEW.full_name := NEW.name;
    ELSIF NEW.full_name IS DISTINCT FROM OLD.full_name THEN
        NEW.name := NEW.full_name;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 12: public.customers.full_name (create_trigger)
CREATE TRIGGER rollgate_sync_customers_full_name BEFORE INSERT OR UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_customers_full_name();

-- step 13: public.orders.total_cents_rg_new (create_function)
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

-- step 14: public.orders.total_cents_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_orders_total_cents_rg_new BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_orders_total_cents_rg_new();

-- step 15: public.open_orders (create_view)
CREATE VIEW public.open_orders AS
SELECT o.id, c.email, o.total_cents, o.currency FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status IN ('new', 'paid');
