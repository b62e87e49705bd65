SET lock_timeout = '5s';

-- undo step 41: public.t.valid_on_rg_old
ALTER TABLE public.t ADD COLUMN valid_on_rg_old date;

-- undo step 40: public.t.ratio_rg_old
ALTER TABLE public.t ADD COLUMN ratio_rg_old real;

-- undo step 39: public.t.code_rg_old
ALTER TABLE public.t ADD COLUMN code_rg_old character(4);

-- undo step 38: public.t.amount_rg_old
ALTER TABLE public.t ADD COLUMN amount_rg_old numeric(10,0);
