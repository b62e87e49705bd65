SET lock_timeout = '5s';

-- step 26: public.counters.hits_rg_old (drop_column)
ALTER TABLE public.counters DROP COLUMN hits_rg_old;

-- step 27: public.counters.ratio_rg_old (drop_column)
ALTER TABLE public.counters DROP COLUMN ratio_rg_old;
