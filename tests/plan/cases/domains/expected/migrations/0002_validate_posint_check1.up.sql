SET lock_timeout = '5s';

-- step 8: public.posint.posint_check1 (alter_domain_validate)
ALTER DOMAIN public.posint VALIDATE CONSTRAINT posint_check1;
