SET lock_timeout = '5s';

-- step 1: public.kid (inherit)
ALTER TABLE public.kid INHERIT public.base;

-- step 2: public.t.t_v_check (comment_on_constraint)
COMMENT ON CONSTRAINT t_v_check ON public.t IS 'never empty';

-- step 3: public.tv.v (comment_on_column)
COMMENT ON COLUMN public.tv.v IS 'the value';
