SET lock_timeout = '5s';

-- step 5: public.legacy (drop_table)
DROP TABLE public.legacy;
