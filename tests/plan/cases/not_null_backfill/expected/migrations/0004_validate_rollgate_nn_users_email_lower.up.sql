SET lock_timeout = '5s';

-- step 6: public.users.email_lower (validate_check)
ALTER TABLE public.users VALIDATE CONSTRAINT rollgate_nn_users_email_lower;
