SET lock_timeout = '5s';

-- step 1: public.user_emails (drop_view)
DROP VIEW public.user_emails;

-- step 2: public.users.legacy_flag (drop_column)
ALTER TABLE public.users DROP COLUMN legacy_flag;

-- step 3: public.users.old_note (drop_column)
ALTER TABLE public.users DROP COLUMN old_note;

-- step 4: public.audit (drop_table_with_fk)
DROP TABLE public.audit;
