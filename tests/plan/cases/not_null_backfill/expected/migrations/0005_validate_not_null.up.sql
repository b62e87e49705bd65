SET lock_timeout = '5s';

-- step 7: public.users.email_lower (set_not_null_with_valid_check)
ALTER TABLE public.users ALTER COLUMN email_lower SET NOT NULL;

-- step 8: public.users.email_lower (drop_constraint_check)
ALTER TABLE public.users DROP CONSTRAINT rollgate_nn_users_email_lower;
