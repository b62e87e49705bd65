SET lock_timeout = '5s';

-- undo step 4: public.users.token
ALTER TABLE public.users ALTER COLUMN token DROP DEFAULT;

-- undo step 3: public.users.token
ALTER TABLE public.users DROP COLUMN token;

-- undo step 2: public.users.seen_at
ALTER TABLE public.users ALTER COLUMN seen_at DROP DEFAULT;

-- undo step 1: public.users.seen_at
ALTER TABLE public.users DROP COLUMN seen_at;
