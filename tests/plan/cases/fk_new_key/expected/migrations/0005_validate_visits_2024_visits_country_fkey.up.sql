SET lock_timeout = '5s';

-- step 8: public.visits_2024.visits_country_fkey (validate_foreign_key)
ALTER TABLE public.visits_2024 VALIDATE CONSTRAINT visits_country_fkey;
