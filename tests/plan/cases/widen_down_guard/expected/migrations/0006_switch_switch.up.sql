SET lock_timeout = '5s';

-- step 18: public.t.amount_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_t_amount_rg_new ON public.t;

-- step 19: public.t.amount_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_t_amount_rg_new();

-- step 20: public.t.code_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_t_code_rg_new ON public.t;

-- step 21: public.t.code_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_t_code_rg_new();

-- step 22: public.t.ratio_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_t_ratio_rg_new ON public.t;

-- step 23: public.t.ratio_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_t_ratio_rg_new();

-- step 24: public.t.valid_on_rg_new (drop_trigger)
DROP TRIGGER rollgate_sync_t_valid_on_rg_new ON public.t;

-- step 25: public.t.valid_on_rg_new (drop_function)
DROP FUNCTION public.rollgate_sync_t_valid_on_rg_new();

-- step 26: public.t.amount (rename_column)
ALTER TABLE public.t RENAME COLUMN amount TO amount_rg_old;

-- step 27: public.t.amount (rename_column)
ALTER TABLE public.t RENAME COLUMN amount_rg_new TO amount;

-- step 28: public.t.code (rename_column)
ALTER TABLE public.t RENAME COLUMN code TO code_rg_old;

-- step 29: public.t.code (rename_column)
ALTER TABLE public.t RENAME COLUMN code_rg_new TO code;

-- step 30: public.t.ratio (rename_column)
ALTER TABLE public.t RENAME COLUMN ratio TO ratio_rg_old;

-- step 31: public.t.ratio (rename_column)
ALTER TABLE public.t RENAME COLUMN ratio_rg_new TO ratio;

-- step 32: public.t.valid_on (rename_column)
ALTER TABLE public.t RENAME COLUMN valid_on TO valid_on_rg_old;

-- step 33: public.t.valid_on (rename_column)
ALTER TABLE public.t RENAME COLUMN valid_on_rg_new TO valid_on;
