SET lock_timeout = '5s';

-- undo step 65: public.no_key.n
ALTER TABLE public.no_key RENAME COLUMN n TO n_rg_new;

-- undo step 64: public.no_key.n
ALTER TABLE public.no_key RENAME COLUMN n_rg_old TO n;

-- undo step 63: public.no_key.n
ALTER TABLE public.no_key ALTER COLUMN n SET NOT NULL;

-- undo step 62: public.by_uuid.n
ALTER TABLE public.by_uuid RENAME COLUMN n TO n_rg_new;

-- undo step 61: public.by_uuid.n
ALTER TABLE public.by_uuid RENAME COLUMN n_rg_old TO n;

-- undo step 60: public.by_uuid.n
ALTER TABLE public.by_uuid ALTER COLUMN n SET NOT NULL;

-- undo step 59: public.by_text.n
ALTER TABLE public.by_text RENAME COLUMN n TO n_rg_new;

-- undo step 58: public.by_text.n
ALTER TABLE public.by_text RENAME COLUMN n_rg_old TO n;

-- undo step 57: public.by_text.n
ALTER TABLE public.by_text ALTER COLUMN n SET NOT NULL;

-- undo step 56: public.by_pair.n
ALTER TABLE public.by_pair RENAME COLUMN n TO n_rg_new;

-- undo step 55: public.by_pair.n
ALTER TABLE public.by_pair RENAME COLUMN n_rg_old TO n;

-- undo step 54: public.by_pair.n
ALTER TABLE public.by_pair ALTER COLUMN n SET NOT NULL;

-- undo step 53: public.by_index.n
ALTER TABLE public.by_index RENAME COLUMN n TO n_rg_new;

-- undo step 52: public.by_index.n
ALTER TABLE public.by_index RENAME COLUMN n_rg_old TO n;

-- undo step 51: public.by_index.n
ALTER TABLE public.by_index ALTER COLUMN n SET NOT NULL;

-- undo step 50: public.no_key.n_rg_new
CREATE FUNCTION public.rollgate_sync_no_key_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 49: public.no_key.n_rg_new
CREATE TRIGGER rollgate_sync_no_key_n_rg_new BEFORE INSERT OR UPDATE ON public.no_key FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_no_key_n_rg_new();

-- undo step 48: public.by_uuid.n_rg_new
CREATE FUNCTION public.rollgate_sync_by_uuid_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 47: public.by_uuid.n_rg_new
CREATE TRIGGER rollgate_sync_by_uuid_n_rg_new BEFORE INSERT OR UPDATE ON public.by_uuid FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_by_uuid_n_rg_new();

-- undo step 46: public.by_text.n_rg_new
CREATE FUNCTION public.rollgate_sync_by_text_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 45: public.by_text.n_rg_new
CREATE TRIGGER rollgate_sync_by_text_n_rg_new BEFORE INSERT OR UPDATE ON public.by_text FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_by_text_n_rg_new();

-- undo step 44: public.by_pair.n_rg_new
CREATE FUNCTION public.rollgate_sync_by_pair_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 43: public.by_pair.n_rg_new
CREATE TRIGGER rollgate_sync_by_pair_n_rg_new BEFORE INSERT OR UPDATE ON public.by_pair FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_by_pair_n_rg_new();

-- undo step 42: public.by_index.n_rg_new
CREATE FUNCTION public.rollgate_sync_by_index_n_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.n IS DISTINCT FROM OLD.n THEN
        NEW.n_rg_new := (NEW.n)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 41: public.by_index.n_rg_new
CREATE TRIGGER rollgate_sync_by_index_n_rg_new BEFORE INSERT OR UPDATE ON public.by_index FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_by_index_n_rg_new();
