-- rollgate:lossy t.ratio back to real: values written since keep only real's precision
SET lock_timeout = '5s';

-- undo step 37: public.t.valid_on_rg_old
ALTER TABLE public.t ADD CONSTRAINT rollgate_back_t_valid_on CHECK (valid_on = date_trunc('day', valid_on));
ALTER TABLE public.t ADD COLUMN valid_on_rg_old date;
UPDATE public.t SET valid_on_rg_old = (valid_on)::date;
ALTER TABLE public.t DROP CONSTRAINT rollgate_back_t_valid_on;

-- undo step 36: public.t.ratio_rg_old
ALTER TABLE public.t ADD COLUMN ratio_rg_old real;
UPDATE public.t SET ratio_rg_old = (ratio)::real;

-- undo step 35: public.t.code_rg_old
ALTER TABLE public.t ADD CONSTRAINT rollgate_back_t_code CHECK (char_length(code) <= 4);
ALTER TABLE public.t ADD COLUMN code_rg_old character(4);
UPDATE public.t SET code_rg_old = (code)::character(4);
ALTER TABLE public.t DROP CONSTRAINT rollgate_back_t_code;

-- undo step 34: public.t.amount_rg_old
ALTER TABLE public.t ADD CONSTRAINT rollgate_back_t_amount CHECK (round(amount, 0) = amount);
ALTER TABLE public.t ADD COLUMN amount_rg_old numeric(10,0);
UPDATE public.t SET amount_rg_old = (amount)::numeric(10,0);
ALTER TABLE public.t DROP CONSTRAINT rollgate_back_t_amount;
