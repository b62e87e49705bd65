SET lock_timeout = '2s';

-- step 3: public.users.email (validate_check)
ALTER TABLE public.users VALIDATE CONSTRAINT rollgate_nn_users_email;
