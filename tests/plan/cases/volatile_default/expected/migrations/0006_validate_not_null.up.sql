SET lock_timeout = '5s';

-- step 9: public.users.token (set_not_null_with_valid_check)
ALTER TABLE public.users ALTER COLUMN token SET NOT NULL;

-- step 10: public.users.token (drop_constraint_check)
ALTER TABLE public.users DROP CONSTRAINT rollgate_nn_users_token;
