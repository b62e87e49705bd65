SET lock_timeout = '5s';

-- undo step 7: public.addresses.addresses_country_fkey: nothing to undo
