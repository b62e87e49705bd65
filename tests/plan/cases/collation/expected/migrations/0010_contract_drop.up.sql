SET lock_timeout = '5s';

-- step 25: public.words.w_rg_old (drop_column)
ALTER TABLE public.words DROP COLUMN w_rg_old;
