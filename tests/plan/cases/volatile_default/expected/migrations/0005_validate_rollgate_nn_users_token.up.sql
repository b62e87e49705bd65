SET lock_timeout = '5s';

-- step 8: public.users.token (validate_check)
ALTER TABLE public.users VALIDATE CONSTRAINT rollgate_nn_users_token;
