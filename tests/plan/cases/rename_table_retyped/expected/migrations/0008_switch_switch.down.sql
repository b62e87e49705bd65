SET lock_timeout = '5s';

-- undo step 23: public.people
DROP VIEW public.people;

-- undo step 22: public.persons.visits
ALTER TABLE public.persons ALTER COLUMN visits DROP DEFAULT;

-- undo step 21: public.persons.visits
ALTER TABLE public.persons RENAME COLUMN visits TO visits_rg_new;

-- undo step 20: public.persons.visits
ALTER TABLE public.persons RENAME COLUMN visits_rg_old TO visits;

-- undo step 19: public.persons.visits
ALTER TABLE public.persons ALTER COLUMN visits SET DEFAULT 0;

-- undo step 18: public.persons.visits
ALTER TABLE public.persons ALTER COLUMN visits SET NOT NULL;

-- undo step 17: public.people
CREATE VIEW public.people AS SELECT id, nick, visits, feeling FROM public.persons;

-- undo step 16: public.persons.visits_rg_new
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

-- undo step 15: public.persons.visits_rg_new
CREATE TRIGGER rollgate_sync_persons_visits_rg_new BEFORE INSERT OR UPDATE ON public.persons FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_persons_visits_rg_new();
