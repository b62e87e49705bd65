SET lock_timeout = '5s';

-- undo step 4: public.pair.c
ALTER TYPE public.pair DROP ATTRIBUTE c CASCADE;

-- undo step 3: public.addr.zip
ALTER TYPE public.addr ALTER ATTRIBUTE zip SET DATA TYPE integer;

-- undo step 2: public.addr.street
ALTER TYPE public.addr ALTER ATTRIBUTE street SET DATA TYPE text;

-- undo step 1: public.addr.city
ALTER TYPE public.addr DROP ATTRIBUTE city;
