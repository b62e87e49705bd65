SET lock_timeout = '5s';

-- step 3: public.countries.countries_code_key (add_unique_using_index)
ALTER TABLE public.countries ADD CONSTRAINT countries_code_key UNIQUE USING INDEX countries_code_key;
