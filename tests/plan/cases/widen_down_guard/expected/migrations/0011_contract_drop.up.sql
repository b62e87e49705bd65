SET lock_timeout = '5s';

-- step 38: public.t.amount_rg_old (drop_column)
ALTER TABLE public.t DROP COLUMN amount_rg_old;

-- step 39: public.t.code_rg_old (drop_column)
ALTER TABLE public.t DROP COLUMN code_rg_old;

-- step 40: public.t.ratio_rg_old (drop_column)
ALTER TABLE public.t DROP COLUMN ratio_rg_old;

-- step 41: public.t.valid_on_rg_old (drop_column)
ALTER TABLE public.t DROP COLUMN valid_on_rg_old;
