SET lock_timeout = '5s';

-- undo step 2: public.users.created_at
ALTER TABLE public.users DROP COLUMN created_at;

-- undo step 1: public.users.active
ALTER TABLE public.users DROP COLUMN active;
