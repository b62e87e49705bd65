SET lock_timeout = '5s';

-- step 7: public.addresses.addresses_country_fkey (validate_foreign_key)
ALTER TABLE public.addresses VALIDATE CONSTRAINT addresses_country_fkey;
