SET lock_timeout = '2s';

-- step 1: public.users.phone (drop_not_null)
ALTER TABLE public.users ALTER COLUMN phone DROP NOT NULL;
