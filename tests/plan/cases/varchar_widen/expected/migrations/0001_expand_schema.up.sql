SET lock_timeout = '5s';

-- step 1: public.users.bio (alter_type_binary_coercible)
ALTER TABLE public.users ALTER COLUMN bio TYPE text;

-- step 2: public.users.handle (alter_type_binary_coercible)
ALTER TABLE public.users ALTER COLUMN handle TYPE character varying(60);
