SET lock_timeout = '5s';

-- step 12: public.code.code_upper (alter_domain_drop_constraint)
ALTER DOMAIN public.code DROP CONSTRAINT code_upper;
