SET lock_timeout = '5s';

-- undo step 5: public.users.email_lower
ALTER TABLE public.users DROP CONSTRAINT rollgate_nn_users_email_lower;
