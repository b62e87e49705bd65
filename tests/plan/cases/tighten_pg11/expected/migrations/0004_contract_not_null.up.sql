SET lock_timeout = '2s';

-- step 4: public.users.email (set_not_null_with_valid_check)
ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;

-- step 5: public.users.email (drop_constraint_check)
ALTER TABLE public.users DROP CONSTRAINT rollgate_nn_users_email;
