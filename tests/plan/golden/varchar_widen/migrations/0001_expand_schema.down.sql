-- rollgate:lossy public.users.bio back to character varying(100): values written since that do not fit are cut
SET lock_timeout = '5s';

-- undo step 2: public.users.handle
ALTER TABLE public.users ALTER COLUMN handle TYPE character varying(30) USING handle::character varying(30);

-- undo step 1: public.users.bio
ALTER TABLE public.users ALTER COLUMN bio TYPE character varying(100) USING bio::character varying(100);
