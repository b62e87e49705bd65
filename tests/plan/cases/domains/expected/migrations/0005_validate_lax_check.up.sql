SET lock_timeout = '5s';

-- step 11: public.lax.lax_check (alter_domain_validate)
ALTER DOMAIN public.lax VALIDATE CONSTRAINT lax_check;
