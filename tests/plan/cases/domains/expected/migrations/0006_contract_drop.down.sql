SET lock_timeout = '5s';

-- undo step 12: public.code.code_upper
ALTER DOMAIN public.code ADD CONSTRAINT code_upper CHECK (value = upper(value));
