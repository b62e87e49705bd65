SET lock_timeout = '5s';

-- undo step 2: public.users.handle
ALTER TABLE public.users ADD CONSTRAINT rollgate_back_users_handle CHECK (char_length(handle) <= 30);
ALTER TABLE public.users ALTER COLUMN handle TYPE character varying(30) USING handle::character varying(30);
ALTER TABLE public.users DROP CONSTRAINT rollgate_back_users_handle;

-- undo step 1: public.users.bio
ALTER TABLE public.users ADD CONSTRAINT rollgate_back_users_bio CHECK (char_length(bio) <= 100);
ALTER TABLE public.users ALTER COLUMN bio TYPE character varying(100) USING bio::character varying(100);
ALTER TABLE public.users DROP CONSTRAINT rollgate_back_users_bio;
