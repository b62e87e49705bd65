SET lock_timeout = '5s';

-- undo step 18: public.docs
ALTER TABLE public.docs DISABLE ROW LEVEL SECURITY;
