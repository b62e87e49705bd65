SET lock_timeout = '5s';

-- step 6: public.persons.nick (alter_type_binary_coercible)
DROP VIEW public.people;
ALTER TABLE public.persons ALTER COLUMN nick TYPE character varying(20);
CREATE VIEW public.people AS SELECT id, nick, visits, feeling FROM public.persons;

-- step 7: public.persons.visits_rg_new (add_column_nullable)
ALTER TABLE public.persons ADD COLUMN visits_rg_new bigint;

-- step 8: public.persons.visits_rg_new (create_function)
CREATE FUNCTION public.rollgate_sync_persons_visits_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.visits IS DISTINCT FROM OLD.visits THEN
        NEW.visits_rg_new := (NEW.visits)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 9: public.persons.visits_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_persons_visits_rg_new BEFORE INSERT OR UPDATE ON public.persons FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_persons_visits_rg_new();
