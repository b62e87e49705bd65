SET lock_timeout = '5s';

-- undo step 10: public.users.token
ALTER TABLE public.users ADD CONSTRAINT rollgate_nn_users_token CHECK (token IS NOT NULL) NOT VALID;

-- undo step 9: public.users.token
ALTER TABLE public.users ALTER COLUMN token DROP NOT NULL;
