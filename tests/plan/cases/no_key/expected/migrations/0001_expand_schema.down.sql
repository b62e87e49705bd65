SET lock_timeout = '5s';

-- undo step 2: public.logs.id
ALTER TABLE public.logs ALTER COLUMN id DROP DEFAULT;

-- undo step 1: public.logs.id
ALTER TABLE public.logs DROP COLUMN id;
