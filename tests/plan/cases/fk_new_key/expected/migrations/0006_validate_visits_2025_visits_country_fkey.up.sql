SET lock_timeout = '5s';

-- step 9: public.visits_2025.visits_country_fkey (validate_foreign_key)
ALTER TABLE public.visits_2025 VALIDATE CONSTRAINT visits_country_fkey;
