SET lock_timeout = '5s';

-- undo step 2: public.users.handle
ALTER TABLE public.users ALTER COLUMN handle TYPE character varying(30);

-- undo step 1: public.users.bio
ALTER TABLE public.users ALTER COLUMN bio TYPE character varying(100);
