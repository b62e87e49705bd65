SET lock_timeout = '5s';

-- step 1: public.tickets_id_seq (alter_sequence_increment)
ALTER SEQUENCE public.tickets_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- step 2: public.tickets.code_rg_new (add_column_nullable)
ALTER TABLE public.tickets ADD COLUMN code_rg_new bigint;

-- step 3: public.tickets.id_rg_new (add_column_nullable)
ALTER TABLE public.tickets ADD COLUMN id_rg_new bigint;

-- step 4: public.tickets.code_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_tickets_code_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.code IS DISTINCT FROM OLD.code THEN
        NEW.code_rg_new := (NEW.code)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 5: public.tickets.code_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_tickets_code_rg_new BEFORE INSERT OR UPDATE ON public.tickets FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_tickets_code_rg_new();

-- step 6: public.tickets.id_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_tickets_id_rg_new() RETURNS trigger
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

-- step 7: public.tickets.id_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_tickets_id_rg_new BEFORE INSERT OR UPDATE ON public.tickets FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_tickets_id_rg_new();
