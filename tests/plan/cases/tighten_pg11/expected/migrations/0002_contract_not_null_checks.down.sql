SET lock_timeout = '2s';

-- undo step 2: public.users.email
ALTER TABLE public.users DROP CONSTRAINT rollgate_nn_users_email;
