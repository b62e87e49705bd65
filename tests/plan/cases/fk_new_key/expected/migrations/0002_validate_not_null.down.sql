SET lock_timeout = '5s';

-- undo step 3: public.countries.countries_code_key
ALTER TABLE public.countries DROP CONSTRAINT countries_code_key;
