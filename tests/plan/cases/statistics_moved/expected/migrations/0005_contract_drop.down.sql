SET lock_timeout = '5s';

-- undo step 14: public.s2
DROP STATISTICS public.s2;

-- undo step 13: public.s
DROP STATISTICS public.s;

-- undo step 12: public.t.a_rg_old
ALTER TABLE public.t ADD COLUMN a_rg_old integer;

-- undo step 11: public.s2
CREATE STATISTICS public.s2 ON b, (a_rg_old + 1) FROM public.t;

-- undo step 10: public.s
CREATE STATISTICS public.s ON a_rg_old, b FROM public.t;
