SET lock_timeout = '5s';

-- undo step 60: public.notes.notes_account_id_fkey
ALTER TABLE public.notes DROP CONSTRAINT notes_account_id_fkey;

-- undo step 59: public.orders.orders_account_id_fkey
ALTER TABLE public.orders DROP CONSTRAINT orders_account_id_fkey;

-- undo step 58: public.orders_account_id_idx
ALTER INDEX public.orders_account_id_idx RENAME TO orders_account_id_idx_rg_new;

-- undo step 57: public.orders_account_id_idx
ALTER INDEX public.orders_account_id_idx_rg_old RENAME TO orders_account_id_idx;

-- undo step 56: public.orders.account_id
ALTER TABLE public.orders RENAME COLUMN account_id TO account_id_rg_new;

-- undo step 55: public.orders.account_id
ALTER TABLE public.orders RENAME COLUMN account_id_rg_old TO account_id;

-- undo step 54: public.orders.account_id
ALTER TABLE public.orders ALTER COLUMN account_id SET NOT NULL;

-- undo step 53: public.accounts.id
ALTER TABLE public.accounts ALTER COLUMN id DROP DEFAULT;

-- undo step 52: public.accounts_id_seq
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id_rg_old;

-- undo step 51: public.accounts.accounts_pkey
ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;
CREATE UNIQUE INDEX accounts_pkey_rg_new ON public.accounts USING btree (id);

-- undo step 50: public.accounts.id
ALTER TABLE public.accounts RENAME COLUMN id TO id_rg_new;

-- undo step 49: public.accounts.id
ALTER TABLE public.accounts RENAME COLUMN id_rg_old TO id;

-- undo step 48: public.accounts.id
ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);

-- undo step 47: public.accounts.id
ALTER TABLE public.accounts ALTER COLUMN id SET NOT NULL;

-- undo step 46: public.accounts.accounts_pkey
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

-- undo step 45: public.accounts_ext_expr_idx
ALTER INDEX public.accounts_ext_expr_idx RENAME TO accounts_ext_expr_idx_rg_new;

-- undo step 44: public.accounts_ext_expr_idx
ALTER INDEX public.accounts_ext_expr_idx_rg_old RENAME TO accounts_ext_expr_idx;

-- undo step 43: public.accounts_ext_key
ALTER INDEX public.accounts_ext_key RENAME TO accounts_ext_key_rg_new;

-- undo step 42: public.accounts_ext_key
ALTER INDEX public.accounts_ext_key_rg_old RENAME TO accounts_ext_key;

-- undo step 41: public.accounts.ext
ALTER TABLE public.accounts RENAME COLUMN ext TO ext_rg_new;

-- undo step 40: public.accounts.ext
ALTER TABLE public.accounts RENAME COLUMN ext_rg_old TO ext;

-- undo step 39: public.orders.account_id_rg_new
CREATE FUNCTION public.rollgate_sync_orders_account_id_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.account_id IS DISTINCT FROM OLD.account_id THEN
        NEW.account_id_rg_new := (NEW.account_id)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 38: public.orders.account_id_rg_new
CREATE TRIGGER rollgate_sync_orders_account_id_rg_new BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_orders_account_id_rg_new();

-- undo step 37: public.notes.notes_account_id_fkey
ALTER TABLE public.notes ADD CONSTRAINT notes_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE NOT VALID;

-- undo step 36: public.orders.orders_account_id_fkey
ALTER TABLE public.orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT VALID;

-- undo step 35: public.accounts.id_rg_new
CREATE FUNCTION public.rollgate_sync_accounts_id_rg_new() RETURNS trigger
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

-- undo step 34: public.accounts.id_rg_new
CREATE TRIGGER rollgate_sync_accounts_id_rg_new BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_accounts_id_rg_new();

-- undo step 33: public.accounts.ext_rg_new
CREATE FUNCTION public.rollgate_sync_accounts_ext_rg_new() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW.ext IS DISTINCT FROM OLD.ext THEN
        NEW.ext_rg_new := (NEW.ext)::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- undo step 32: public.accounts.ext_rg_new
CREATE TRIGGER rollgate_sync_accounts_ext_rg_new BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_accounts_ext_rg_new();
