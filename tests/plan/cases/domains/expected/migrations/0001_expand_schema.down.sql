SET lock_timeout = '5s';

-- undo step 7: public.code
ALTER DOMAIN public.code SET NOT NULL;

-- undo step 6: public.code
ALTER DOMAIN public.code SET DEFAULT 'x';

-- undo step 5: public.email.email_len
ALTER DOMAIN public.email DROP CONSTRAINT email_len;

-- undo step 4: public.email.email_at
ALTER DOMAIN public.email DROP CONSTRAINT email_at;

-- undo step 3: public.posint.posint_check1
ALTER DOMAIN public.posint DROP CONSTRAINT posint_check1;

-- undo step 2: public.posint
ALTER DOMAIN public.posint DROP DEFAULT;

-- undo step 1: public.email.email_len
ALTER DOMAIN public.email ADD CONSTRAINT email_len CHECK (length(value) < 300);
