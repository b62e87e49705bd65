SET lock_timeout = '5s';

-- step 1: public.accounts_id_seq (alter_sequence_increment)
ALTER SEQUENCE public.accounts_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- step 2: public.accounts.ext_rg_new (add_column_nullable)
ALTER TABLE public.accounts ADD COLUMN ext_rg_new bigint;

-- step 3: public.accounts.id_rg_new (add_column_nullable)
ALTER TABLE public.accounts ADD COLUMN id_rg_new bigint;

-- step 4: public.orders.account_id_rg_new (add_column_nullable)
ALTER TABLE public.orders ADD COLUMN account_id_rg_new bigint;

-- step 5: public.accounts.ext_rg_new (create_function)
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

-- step 6: public.accounts.ext_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_accounts_ext_rg_new BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_accounts_ext_rg_new();

-- step 7: public.accounts.id_rg_new (create_function)
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

-- step 8: public.accounts.id_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_accounts_id_rg_new BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_accounts_id_rg_new();

-- step 9: public.orders.account_id_rg_new (create_function)
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

-- step 10: public.orders.account_id_rg_new (create_trigger)
CREATE TRIGGER rollgate_sync_orders_account_id_rg_new BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_orders_account_id_rg_new();
