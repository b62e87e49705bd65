SET lock_timeout = '5s';

-- undo step 3: public.tv.v
COMMENT ON COLUMN public.tv.v IS NULL;

-- undo step 2: public.t.t_v_check
COMMENT ON CONSTRAINT t_v_check ON public.t IS NULL;

-- undo step 1: public.kid
ALTER TABLE public.kid NO INHERIT public.base;
