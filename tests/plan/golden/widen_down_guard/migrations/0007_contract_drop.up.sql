SET lock_timeout = '5s';

-- step 34: public.t.amount_rg_old (drop_column)
ALTER TABLE public.t DROP COLUMN amount_rg_old;

-- step 35: public.t.code_rg_old (drop_column)
ALTER TABLE public.t DROP COLUMN code_rg_old;

-- step 36: public.t.ratio_rg_old (drop_column)
ALTER TABLE public.t DROP COLUMN ratio_rg_old;

-- step 37: public.t.valid_on_rg_old (drop_column)
ALTER TABLE public.t DROP COLUMN valid_on_rg_old;
