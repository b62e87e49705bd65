SET lock_timeout = '5s';

-- undo step 1: public.users.nickname
ALTER TABLE public.users DROP COLUMN nickname;
