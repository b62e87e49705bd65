SET lock_timeout = '5s';

-- step 1: public.by_index.n_rg_new (add_column_nullable)
ALTER TABLE public.by_index ADD COLUMN n_rg_new bigint;

-- step 2: public.by_pair.n_rg_new (add_column_nullable)
ALTER TABLE public.by_pair ADD COLUMN n_rg_new bigint;

-- step 3: public.by_text.n_rg_new (add_column_nullable)
ALTER TABLE public.by_text ADD COLUMN n_rg_new bigint;

-- step 4: public.by_uuid.n_rg_new (add_column_nullable)
ALTER TABLE public.by_uuid ADD COLUMN n_rg_new bigint;

-- step 5: public.no_key.n_rg_new (add_column_nullable)
ALTER TABLE public.no_key ADD COLUMN n_rg_new bigint;

-- step 6: public.by_index.n_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_by_index_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 7: public.by_index.n_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_by_index_n_rg_new BEFORE INSERT OR UPDATE ON public.by_index FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_by_index_n_rg_new();

-- step 8: public.by_pair.n_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_by_pair_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 9: public.by_pair.n_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_by_pair_n_rg_new BEFORE INSERT OR UPDATE ON public.by_pair FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_by_pair_n_rg_new();

-- step 10: public.by_text.n_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_by_text_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 11: public.by_text.n_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_by_text_n_rg_new BEFORE INSERT OR UPDATE ON public.by_text FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_by_text_n_rg_new();

-- step 12: public.by_uuid.n_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_by_uuid_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 13: public.by_uuid.n_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_by_uuid_n_rg_new BEFORE INSERT OR UPDATE ON public.by_uuid FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_by_uuid_n_rg_new();

-- step 14: public.no_key.n_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_no_key_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 15: public.no_key.n_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_no_key_n_rg_new BEFORE INSERT OR UPDATE ON public.no_key FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_no_key_n_rg_new();
