SET lock_timeout = '5s';

-- step 5: public.users.email_lower (add_check_not_valid)
ALTER TABLE public.users ADD CONSTRAINT rollgate_nn_users_email_lower CHECK (email_lower IS NOT NULL) NOT VALID;
