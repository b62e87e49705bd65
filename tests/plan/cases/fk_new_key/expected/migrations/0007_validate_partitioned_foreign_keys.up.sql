SET lock_timeout = '5s';

-- step 10: public.visits.visits_country_fkey (add_foreign_key_partitioned)
ALTER TABLE public.visits ADD CONSTRAINT visits_country_fkey FOREIGN KEY (country) REFERENCES public.countries(code);
