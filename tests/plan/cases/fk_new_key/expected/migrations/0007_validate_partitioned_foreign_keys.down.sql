SET lock_timeout = '5s';

-- undo step 10: public.visits.visits_country_fkey
ALTER TABLE public.visits DROP CONSTRAINT visits_country_fkey;
