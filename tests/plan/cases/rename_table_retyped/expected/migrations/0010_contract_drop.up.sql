SET lock_timeout = '5s';

-- step 25: public.people (drop_view)
DROP VIEW public.people;

-- step 26: public.persons.visits_rg_old (drop_column)
ALTER TABLE public.persons DROP COLUMN visits_rg_old;
