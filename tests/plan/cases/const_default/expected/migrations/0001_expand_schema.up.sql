SET lock_timeout = '5s';

-- step 1: public.users.active (add_column_not_null_default)
ALTER TABLE public.users ADD COLUMN active boolean DEFAULT true NOT NULL;

-- step 2: public.users.created_at (add_column_not_null_default)
ALTER TABLE public.users ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;
