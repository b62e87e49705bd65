SET lock_timeout = '5s';

-- step 1: public.logs.id (add_column_nullable)
ALTER TABLE public.logs ADD COLUMN id uuid;

-- step 2: public.logs.id (set_default)
ALTER TABLE public.logs ALTER COLUMN id SET DEFAULT gen_random_uuid();
