SET lock_timeout = '5s';

-- undo step 33: public.t.valid_on
ALTER TABLE public.t RENAME COLUMN valid_on TO valid_on_rg_new;

-- undo step 32: public.t.valid_on
ALTER TABLE public.t RENAME COLUMN valid_on_rg_old TO valid_on;

-- undo step 31: public.t.ratio
ALTER TABLE public.t RENAME COLUMN ratio TO ratio_rg_new;

-- undo step 30: public.t.ratio
ALTER TABLE public.t RENAME COLUMN ratio_rg_old TO ratio;

-- undo step 29: public.t.code
ALTER TABLE public.t RENAME COLUMN code TO code_rg_new;

-- undo step 28: public.t.code
ALTER TABLE public.t RENAME COLUMN code_rg_old TO code;

-- undo step 27: public.t.amount
ALTER TABLE public.t RENAME COLUMN amount TO amount_rg_new;

-- undo step 26: public.t.amount
ALTER TABLE public.t RENAME COLUMN amount_rg_old TO amount;

-- undo step 25: public.t.valid_on_rg_new
CREATE FUNCTION public.rollgate_sync_t_valid_on_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.valid_on IS DISTINCT FROM OLD.valid_on THEN
        NEW.valid_on_rg_new := (NEW.valid_on)::timestamp with time zone;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 24: public.t.valid_on_rg_new
CREATE TRIGGER rollgate_sync_t_valid_on_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_valid_on_rg_new();

-- undo step 23: public.t.ratio_rg_new
CREATE FUNCTION public.rollgate_sync_t_ratio_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.ratio IS DISTINCT FROM OLD.ratio THEN
        NEW.ratio_rg_new := (NEW.ratio)::double precision;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 22: public.t.ratio_rg_new
CREATE TRIGGER rollgate_sync_t_ratio_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_ratio_rg_new();

-- undo step 21: public.t.code_rg_new
CREATE FUNCTION public.rollgate_sync_t_code_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.code IS DISTINCT FROM OLD.code THEN
        NEW.code_rg_new := (NEW.code)::text;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 20: public.t.code_rg_new
CREATE TRIGGER rollgate_sync_t_code_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_code_rg_new();

-- undo step 19: public.t.amount_rg_new
CREATE FUNCTION public.rollgate_sync_t_amount_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.amount IS DISTINCT FROM OLD.amount THEN
        NEW.amount_rg_new := (NEW.amount)::numeric(12,2);
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 18: public.t.amount_rg_new
CREATE TRIGGER rollgate_sync_t_amount_rg_new BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_t_amount_rg_new();
