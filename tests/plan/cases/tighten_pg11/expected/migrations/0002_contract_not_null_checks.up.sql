SET lock_timeout = '2s';

-- step 2: public.users.email (add_check_not_valid)
ALTER TABLE public.users ADD CONSTRAINT rollgate_nn_users_email CHECK (email IS NOT NULL) NOT VALID;
