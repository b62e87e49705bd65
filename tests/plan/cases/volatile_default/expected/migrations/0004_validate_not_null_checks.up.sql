SET lock_timeout = '5s';

-- step 7: public.users.token (add_check_not_valid)
ALTER TABLE public.users ADD CONSTRAINT rollgate_nn_users_token CHECK (token IS NOT NULL) NOT VALID;
