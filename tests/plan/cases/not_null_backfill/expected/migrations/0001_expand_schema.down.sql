SET lock_timeout = '5s';

-- undo step 3: public.users.email_lower
DROP TRIGGER rollgate_sync_users_email_lower ON public.users;

-- undo step 2: public.users.email_lower
DROP FUNCTION public.rollgate_sync_users_email_lower();

-- undo step 1: public.users.email_lower
ALTER TABLE public.users DROP COLUMN email_lower;
