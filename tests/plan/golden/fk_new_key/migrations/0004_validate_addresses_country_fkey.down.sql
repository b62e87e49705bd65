SET lock_timeout = '5s';

-- undo step 6: public.addresses.addresses_country_fkey: nothing to undo
