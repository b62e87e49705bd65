SET lock_timeout = '5s';

-- undo step 1: public.users.email_lower
ALTER TABLE public.users DROP COLUMN email_lower;
