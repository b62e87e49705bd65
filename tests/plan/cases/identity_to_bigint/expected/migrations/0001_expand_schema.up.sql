SET lock_timeout = '5s';

-- step 1: public.a.id_rg_new (add_column_nullable)
ALTER TABLE public.a ADD COLUMN id_rg_new bigint;

-- step 2: public.b.id_rg_new (add_column_nullable)
ALTER TABLE public.b ADD COLUMN id_rg_new bigint;

-- step 3: public.c.id_rg_new (add_column_nullable)
ALTER TABLE public.c ADD COLUMN id_rg_new bigint;

-- step 4: public.a.id_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_a_id_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.id IS DISTINCT FROM OLD.id THEN
        NEW.id_rg_new := (NEW.id)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 5: public.a.id_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_a_id_rg_new BEFORE INSERT OR UPDATE ON public.a FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_a_id_rg_new();

-- step 6: public.b.id_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_b_id_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.id IS DISTINCT FROM OLD.id THEN
        NEW.id_rg_new := (NEW.id)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 7: public.b.id_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_b_id_rg_new BEFORE INSERT OR UPDATE ON public.b FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_b_id_rg_new();

-- step 8: public.c.id_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_c_id_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.id IS DISTINCT FROM OLD.id THEN
        NEW.id_rg_new := (NEW.id)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 9: public.c.id_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_c_id_rg_new BEFORE INSERT OR UPDATE ON public.c FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_c_id_rg_new();
