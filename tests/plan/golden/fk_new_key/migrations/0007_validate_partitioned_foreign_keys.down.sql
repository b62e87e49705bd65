SET lock_timeout = '5s';

-- undo step 9: public.visits.visits_country_fkey
ALTER TABLE public.visits DROP CONSTRAINT visits_country_fkey;
