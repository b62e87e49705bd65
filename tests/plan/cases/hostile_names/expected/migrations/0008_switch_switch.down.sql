SET lock_timeout = '5s';

-- undo step 21: public."We;ird ""T"""."a?b"
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "a
b" DROP DEFAULT;

-- undo step 20: public."We;ird ""T"""."a?b"
ALTER TABLE public."We;ird ""T""" RENAME COLUMN "a
b" TO "a
b_rg_new";

-- undo step 19: public."We;ird ""T"""."a?b"
ALTER TABLE public."We;ird ""T""" RENAME COLUMN "a
b_rg_old" TO "a
b";

-- undo step 18: public."We;ird ""T"""."a?b"
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "a
b" SET DEFAULT 0;

-- undo step 17: public."We;ird ""T"""."a?b"
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "a
b" SET NOT NULL;

-- undo step 16: public."We;ird ""T"""."a?b_rg_new"
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

-- undo step 15: public."We;ird ""T"""."a?b_rg_new"
CREATE TRIGGER "rollgate_sync_We;ird ""T""_a
b_rg_new" BEFORE INSERT OR UPDATE ON public."We;ird ""T""" FOR EACH ROW EXECUTE FUNCTION public."rollgate_sync_We;ird ""T""_a
b_rg_new"();
