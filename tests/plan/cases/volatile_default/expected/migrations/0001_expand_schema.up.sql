SET lock_timeout = '5s';

-- step 1: public.users.seen_at (add_column_nullable)
ALTER TABLE public.users ADD COLUMN seen_at timestamp with time zone;

-- step 2: public.users.seen_at (set_default)
ALTER TABLE public.users ALTER COLUMN seen_at SET DEFAULT clock_timestamp();

-- step 3: public.users.token (add_column_nullable)
ALTER TABLE public.users ADD COLUMN token uuid;

-- step 4: public.users.token (set_default)
ALTER TABLE public.users ALTER COLUMN token SET DEFAULT gen_random_uuid();
