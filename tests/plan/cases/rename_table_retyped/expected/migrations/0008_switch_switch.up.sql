SET lock_timeout = '5s';

-- step 15: public.persons.visits_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_persons_visits_rg_new ON public.persons;

-- step 16: public.persons.visits_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_persons_visits_rg_new();

-- step 17: public.people (drop_view)
DROP VIEW public.people;

-- step 18: public.persons.visits (drop_not_null)
ALTER TABLE public.persons ALTER COLUMN visits DROP NOT NULL;

-- step 19: public.persons.visits (drop_default)
ALTER TABLE public.persons ALTER COLUMN visits DROP DEFAULT;

-- step 20: public.persons.visits (rename_column)
ALTER TABLE public.persons RENAME COLUMN visits TO visits_rg_old;

-- step 21: public.persons.visits (rename_column)
ALTER TABLE public.persons RENAME COLUMN visits_rg_new TO visits;

-- step 22: public.persons.visits (set_default)
ALTER TABLE public.persons ALTER COLUMN visits SET DEFAULT 0;

-- step 23: public.people (create_view)
CREATE VIEW public.people AS SELECT id, nick, visits, feeling FROM public.persons;
