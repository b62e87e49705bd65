SET lock_timeout = '5s';

-- step 1: public.t.amount_rg_new (add_column_nullable)
ALTER TABLE public.t ADD COLUMN amount_rg_new numeric(12,2);

-- step 2: public.t.code_rg_new (add_column_nullable)
ALTER TABLE public.t ADD COLUMN code_rg_new text;

-- step 3: public.t.name (alter_type_binary_coercible)
ALTER TABLE public.t ALTER COLUMN name TYPE character varying(20);

-- step 4: public.t.ratio_rg_new (add_column_nullable)
ALTER TABLE public.t ADD COLUMN ratio_rg_new double precision;

-- step 5: public.t.valid_on_rg_new (add_column_nullable)
ALTER TABLE public.t ADD COLUMN valid_on_rg_new timestamp with time zone;

-- step 6: public.t.amount_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_t_amount_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.amount IS DISTINCT FROM OLD.amount THEN
        NEW.amount_rg_new := (NEW.amount)::numeric(12,2);
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 7: public.t.amount_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_t_amount_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_amount_rg_new();

-- step 8: public.t.code_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_t_code_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.code IS DISTINCT FROM OLD.code THEN
        NEW.code_rg_new := (NEW.code)::text;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 9: public.t.code_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_t_code_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_code_rg_new();

-- step 10: public.t.ratio_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_t_ratio_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.ratio IS DISTINCT FROM OLD.ratio THEN
        NEW.ratio_rg_new := (NEW.ratio)::double precision;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 11: public.t.ratio_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_t_ratio_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_ratio_rg_new();

-- step 12: public.t.valid_on_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_t_valid_on_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.valid_on IS DISTINCT FROM OLD.valid_on THEN
        NEW.valid_on_rg_new := (NEW.valid_on)::timestamp with time zone;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 13: public.t.valid_on_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_t_valid_on_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_valid_on_rg_new();
