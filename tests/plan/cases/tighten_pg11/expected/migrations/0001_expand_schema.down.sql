SET lock_timeout = '2s';

-- undo step 1: public.users.phone
ALTER TABLE public.users ALTER COLUMN phone SET NOT NULL;
