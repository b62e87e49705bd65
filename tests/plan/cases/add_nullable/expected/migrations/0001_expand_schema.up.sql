SET lock_timeout = '5s';

-- step 1: public.users.nickname (add_column_nullable)
ALTER TABLE public.users ADD COLUMN nickname character varying(40);
