SET lock_timeout = '5s';

-- undo step 10: public.e.id: nothing to undo

-- undo step 9: public.e.id
ALTER TABLE public.e ALTER COLUMN id DROP IDENTITY;
