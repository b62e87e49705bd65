SET lock_timeout = '5s';

-- step 10: public.email.email_len (alter_domain_validate)
ALTER DOMAIN public.email VALIDATE CONSTRAINT email_len;
