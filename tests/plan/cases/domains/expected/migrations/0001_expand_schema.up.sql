SET lock_timeout = '5s';

-- step 1: public.email.email_len (alter_domain_drop_constraint)
ALTER DOMAIN public.email DROP CONSTRAINT email_len;

-- step 2: public.posint (alter_domain_default)
ALTER DOMAIN public.posint SET DEFAULT 1;

-- step 3: public.posint.posint_check1 (alter_domain_add_check_not_valid)
ALTER DOMAIN public.posint ADD CONSTRAINT posint_check1 CHECK (value < 200) NOT VALID;

-- step 4: public.email.email_at (alter_domain_add_check_not_valid)
ALTER DOMAIN public.email ADD CONSTRAINT email_at CHECK (value LIKE '%@%') NOT VALID;

-- step 5: public.email.email_len (alter_domain_add_check_not_valid)
ALTER DOMAIN public.email ADD CONSTRAINT email_len CHECK (length(value) < 200) NOT VALID;

-- step 6: public.code (alter_domain_default)
ALTER DOMAIN public.code DROP DEFAULT;

-- step 7: public.code (alter_domain_drop_not_null)
ALTER DOMAIN public.code DROP NOT NULL;
