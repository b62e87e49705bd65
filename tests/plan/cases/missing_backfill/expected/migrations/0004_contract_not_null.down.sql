SET lock_timeout = '5s';

-- undo step 5: public.users.email_lower
ALTER TABLE public.users ADD CONSTRAINT rollgate_nn_users_email_lower CHECK (email_lower IS NOT NULL) NOT VALID;

-- undo step 4: public.users.email_lower
ALTER TABLE public.users ALTER COLUMN email_lower DROP NOT NULL;
