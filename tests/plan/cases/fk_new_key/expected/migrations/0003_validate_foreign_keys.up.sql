SET lock_timeout = '5s';

-- step 4: public.addresses.addresses_country_fkey (add_foreign_key_not_valid)
ALTER TABLE public.addresses ADD CONSTRAINT addresses_country_fkey FOREIGN KEY (country) REFERENCES public.countries(code) NOT VALID;

-- step 5: public.visits_2024.visits_country_fkey (add_foreign_key_not_valid)
ALTER TABLE public.visits_2024 ADD CONSTRAINT visits_country_fkey FOREIGN KEY (country) REFERENCES public.countries(code) NOT VALID;

-- step 6: public.visits_2025.visits_country_fkey (add_foreign_key_not_valid)
ALTER TABLE public.visits_2025 ADD CONSTRAINT visits_country_fkey FOREIGN KEY (country) REFERENCES public.countries(code) NOT VALID;
