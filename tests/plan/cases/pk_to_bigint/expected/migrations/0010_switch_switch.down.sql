SET lock_timeout = '5s';

-- undo step 38: public.tickets.id
ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- undo step 37: public.tickets_id_seq
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id_rg_old;

-- undo step 36: public.tickets.tickets_pkey
ALTER TABLE public.tickets DROP CONSTRAINT tickets_pkey;
CREATE UNIQUE INDEX tickets_pkey_rg_new ON public.tickets USING btree (id);

-- undo step 35: public.tickets.id
ALTER TABLE public.tickets RENAME COLUMN id TO id_rg_new;

-- undo step 34: public.tickets.id
ALTER TABLE public.tickets RENAME COLUMN id_rg_old TO id;

-- undo step 33: public.tickets.id
ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);

-- undo step 32: public.tickets.id
ALTER TABLE public.tickets ALTER COLUMN id SET NOT NULL;

-- undo step 31: public.tickets.tickets_pkey
ALTER TABLE public.tickets ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);

-- undo step 30: public.tickets.tickets_code_key
ALTER TABLE public.tickets DROP CONSTRAINT tickets_code_key;
CREATE UNIQUE INDEX tickets_code_key_rg_new ON public.tickets USING btree (code);

-- undo step 29: public.tickets.code
ALTER TABLE public.tickets RENAME COLUMN code TO code_rg_new;

-- undo step 28: public.tickets.code
ALTER TABLE public.tickets RENAME COLUMN code_rg_old TO code;

-- undo step 27: public.tickets.code
ALTER TABLE public.tickets ALTER COLUMN code SET NOT NULL;

-- undo step 26: public.tickets.tickets_code_key
ALTER TABLE public.tickets ADD CONSTRAINT tickets_code_key UNIQUE (code);

-- undo step 25: public.tickets.id_rg_new
CREATE FUNCTION public.rollgate_sync_tickets_id_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.id IS DISTINCT FROM OLD.id THEN
        NEW.id_rg_new := (NEW.id)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 24: public.tickets.id_rg_new
CREATE TRIGGER rollgate_sync_tickets_id_rg_new BEFORE INSERT OR UPDATE ON public.tickets FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_tickets_id_rg_new();

-- undo step 23: public.tickets.code_rg_new
CREATE FUNCTION public.rollgate_sync_tickets_code_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.code IS DISTINCT FROM OLD.code THEN
        NEW.code_rg_new := (NEW.code)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 22: public.tickets.code_rg_new
CREATE TRIGGER rollgate_sync_tickets_code_rg_new BEFORE INSERT OR UPDATE ON public.tickets FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_tickets_code_rg_new();
