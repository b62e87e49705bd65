SET lock_timeout = '5s';

-- undo step 7: public.users.token
ALTER TABLE public.users DROP CONSTRAINT rollgate_nn_users_token;
