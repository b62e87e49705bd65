SET lock_timeout = '5s';

-- undo step 10: public.users.email_lower
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

-- undo step 9: public.users.email_lower
CREATE TRIGGER rollgate_sync_users_email_lower BEFORE INSERT OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.rollgate_sync_users_email_lower();
