SET lock_timeout = '5s';

-- step 10: public.s (drop_statistics)
DROP STATISTICS public.s;

-- step 11: public.s2 (drop_statistics)
DROP STATISTICS public.s2;

-- step 12: public.t.a_rg_old (drop_column)
ALTER TABLE public.t DROP COLUMN a_rg_old;

-- step 13: public.s (create_statistics)
CREATE STATISTICS public.s ON a, b FROM public.t;

-- step 14: public.s2 (create_statistics)
CREATE STATISTICS public.s2 ON b, (a + 1) FROM public.t;
