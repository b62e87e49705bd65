SET lock_timeout = '5s';

-- undo step 13: public.posint
ALTER DOMAIN public.posint DROP NOT NULL;
