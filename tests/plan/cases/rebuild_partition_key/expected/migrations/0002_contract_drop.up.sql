SET lock_timeout = '5s';

-- step 22: public.readings_eu_rg_old (drop_table)
DROP TABLE public.readings_eu_rg_old;

-- step 23: public.readings_us_rg_old (drop_table)
DROP TABLE public.readings_us_rg_old;

-- step 24: public.readings_rg_old (drop_table)
DROP TABLE public.readings_rg_old;
