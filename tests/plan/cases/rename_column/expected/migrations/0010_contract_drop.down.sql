SET lock_timeout = '5s';

-- undo step 21: public.customers.note
ALTER TABLE public.customers ADD COLUMN note character varying(20);

-- undo step 20: public.customers.name
ALTER TABLE public.customers ADD COLUMN name text;

-- undo step 19: public.customers.remark
CREATE FUNCTION public.rollgate_sync_customers_remark() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: keeps the old and the new column in step while both versions run
    IF TG_OP = 'INSERT' THEN
        IF NEW.remark IS NULL THEN
            NEW.remark := NEW.note;
        ELSIF NEW.note IS NULL THEN
            NEW.note := NEW.remark;
        END IF;
    ELSIF NEW.note IS DISTINCT FROM OLD.note THEN
        NEW.remark := NEW.note;
    ELSIF NEW.remark IS DISTINCT FROM OLD.remark THEN
        NEW.note := NEW.remark;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 18: public.customers.remark
CREATE TRIGGER rollgate_sync_customers_remark BEFORE INSERT OR UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_customers_remark();

-- undo step 17: public.customers.full_name
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

-- undo step 16: public.customers.full_name
CREATE TRIGGER rollgate_sync_customers_full_name BEFORE INSERT OR UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_customers_full_name();
