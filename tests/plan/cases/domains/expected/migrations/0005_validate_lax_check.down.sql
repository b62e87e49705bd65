SET lock_timeout = '5s';

-- undo step 11: public.lax.lax_check
ALTER DOMAIN public.lax DROP CONSTRAINT lax_check;
ALTER DOMAIN public.lax ADD CONSTRAINT lax_check CHECK (value <> '') NOT VALID;
