SET lock_timeout = '2s';

-- undo step 5: public.users.email
ALTER TABLE public.users ADD CONSTRAINT rollgate_nn_users_email CHECK (email IS NOT NULL) NOT VALID;

-- undo step 4: public.users.email
ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;
