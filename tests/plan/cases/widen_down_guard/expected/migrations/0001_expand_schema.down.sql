SET lock_timeout = '5s';

-- undo step 13: public.t.valid_on_rg_new
DROP TRIGGER rollgate_sync_t_valid_on_rg_new ON public.t;

-- undo step 12: public.t.valid_on_rg_new
DROP FUNCTION public.rollgate_sync_t_valid_on_rg_new();

-- undo step 11: public.t.ratio_rg_new
DROP TRIGGER rollgate_sync_t_ratio_rg_new ON public.t;

-- undo step 10: public.t.ratio_rg_new
DROP FUNCTION public.rollgate_sync_t_ratio_rg_new();

-- undo step 9: public.t.code_rg_new
DROP TRIGGER rollgate_sync_t_code_rg_new ON public.t;

-- undo step 8: public.t.code_rg_new
DROP FUNCTION public.rollgate_sync_t_code_rg_new();

-- undo step 7: public.t.amount_rg_new
DROP TRIGGER rollgate_sync_t_amount_rg_new ON public.t;

-- undo step 6: public.t.amount_rg_new
DROP FUNCTION public.rollgate_sync_t_amount_rg_new();

-- undo step 5: public.t.valid_on_rg_new
ALTER TABLE public.t DROP COLUMN valid_on_rg_new;

-- undo step 4: public.t.ratio_rg_new
ALTER TABLE public.t DROP COLUMN ratio_rg_new;

-- undo step 3: public.t.name
ALTER TABLE public.t ADD CONSTRAINT rollgate_back_t_name CHECK (char_length(name) <= 10);
ALTER TABLE public.t ALTER COLUMN name TYPE character varying(10) USING name::character varying(10);
ALTER TABLE public.t DROP CONSTRAINT rollgate_back_t_name;

-- undo step 2: public.t.code_rg_new
ALTER TABLE public.t DROP COLUMN code_rg_new;

-- undo step 1: public.t.amount_rg_new
ALTER TABLE public.t DROP COLUMN amount_rg_new;
