SET lock_timeout = '5s';

-- step 1: public.users.email_lower (add_column_nullable)
ALTER TABLE public.users ADD COLUMN email_lower text;

-- step 2: public.users.email_lower (create_function)
CREATE FUNCTION public.rollgate_sync_users_email_lower() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: fills the new column for rows written without it
    IF NEW.email_lower IS NULL THEN
        SELECT (lower(email)) INTO NEW.email_lower FROM (SELECT NEW.*) AS rg_row;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 3: public.users.email_lower (create_trigger)
CREATE TRIGGER rollgate_sync_users_email_lower BEFORE INSERT OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_users_email_lower();
