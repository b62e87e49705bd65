SET lock_timeout = '5s';

-- step 9: public.email.email_at (alter_domain_validate)
ALTER DOMAIN public.email VALIDATE CONSTRAINT email_at;
