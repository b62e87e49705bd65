SET lock_timeout = '5s';

-- undo step 4: public.people.tier
ALTER TABLE public.people DROP COLUMN tier;

-- undo step 3: public.tier
DROP TYPE public.tier;
