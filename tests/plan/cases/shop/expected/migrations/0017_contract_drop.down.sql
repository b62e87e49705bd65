SET lock_timeout = '5s';

-- undo step 47: public.orders.total_cents_rg_old
ALTER TABLE public.orders ADD COLUMN total_cents_rg_old integer;

-- undo step 46: public.customers.name
ALTER TABLE public.customers ADD COLUMN name text;

-- undo step 45: public.customers.full_name
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

-- undo step 44: public.customers.full_name
CREATE TRIGGER rollgate_sync_customers_full_name BEFORE INSERT OR UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_customers_full_name();
