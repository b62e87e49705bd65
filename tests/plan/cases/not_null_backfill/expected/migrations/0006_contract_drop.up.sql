SET lock_timeout = '5s';

-- step 9: public.users.email_lower (drop_trigger)
DROP TRIGGER rollgate_sync_users_email_lower ON public.users;

-- step 10: public.users.email_lower (drop_function)
DROP FUNCTION public.rollgate_sync_users_email_lower();
