SET lock_timeout = '5s';

-- step 13: public.posint (alter_domain_set_not_null)
ALTER DOMAIN public.posint SET NOT NULL;
