SET lock_timeout = '5s';

-- undo step 26: public.persons.visits_rg_old
ALTER TABLE public.persons ADD COLUMN visits_rg_old integer;

-- undo step 25: public.people
CREATE VIEW public.people AS SELECT id, nick, visits, feeling FROM public.persons;
