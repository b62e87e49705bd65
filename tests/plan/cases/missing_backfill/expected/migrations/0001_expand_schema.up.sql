SET lock_timeout = '5s';

-- step 1: public.users.email_lower (add_column_nullable)
ALTER TABLE public.users ADD COLUMN email_lower text;
