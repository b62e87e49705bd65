SET lock_timeout = '5s';

-- undo step 6: public.visits_2025.visits_country_fkey
ALTER TABLE public.visits_2025 DROP CONSTRAINT IF EXISTS visits_country_fkey;

-- undo step 5: public.visits_2024.visits_country_fkey
ALTER TABLE public.visits_2024 DROP CONSTRAINT IF EXISTS visits_country_fkey;

-- undo step 4: public.addresses.addresses_country_fkey
ALTER TABLE public.addresses DROP CONSTRAINT addresses_country_fkey;
