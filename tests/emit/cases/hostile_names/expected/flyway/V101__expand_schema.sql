-- rollgate: expand stage, from migrations/0001_expand_schema
SET lock_timeout = '5s';

-- step 1: public."We;ird ""T"""."+new" (add_column_not_null_default)
ALTER TABLE public."We;ird ""T""" ADD COLUMN "+new" text DEFAULT '@x' NOT NULL;

-- step 2: public."We;ird ""T"""."a?b_rg_new" (add_column_nullable)
ALTER TABLE public."We;ird ""T""" ADD COLUMN "a
b_rg_new" bigint;

-- step 3: public."We;ird ""T"""."c""k" (add_check_not_valid)
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "c""k" CHECK ("=cmd" <> '') NOT VALID;

-- step 4: public."We;ird ""T"""."a?b_rg_new" (create_function)
CREATE FUNCTION public."rollgate_sync_We;ird ""T""_a
b_rg_new"() RETURNS trigger
    LANGUAGE plpgsql
    AS $rollgate$
BEGIN
    -- rollgate: copies the old column into the new one until the switch
    IF TG_OP = 'INSERT' OR NEW."a
b" IS DISTINCT FROM OLD."a
b" THEN
        NEW."a
b_rg_new" := (NEW."a
b")::bigint;
    END IF;
    RETURN NEW;
END
$rollgate$;

-- step 5: public."We;ird ""T"""."a?b_rg_new" (create_trigger)
CREATE TRIGGER "rollgate_sync_We;ird ""T""_a
b_rg_new" BEFORE INSERT OR UPDATE ON public."We;ird ""T""" FOR EACH ROW EXECUTE FUNCTION public."rollgate_sync_We;ird ""T""_a
b_rg_new"();

-- step 6: public."We;ird ""T""" (comment_on_table)
COMMENT ON TABLE public."We;ird ""T""" IS 'changed';
