SET lock_timeout = '5s';

-- step 18: public.docs (enable_row_security)
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
