SET lock_timeout = '5s';

-- step 7: public.c.id (drop_identity)
ALTER TABLE public.c ALTER COLUMN id DROP IDENTITY;

-- step 8: public.c.id (drop_not_null)
ALTER TABLE public.c ALTER COLUMN id DROP NOT NULL;
