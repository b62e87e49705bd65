-- Deploy 108_switch_switch
-- rollgate: switch stage, from migrations/0008_switch_switch
BEGIN;

SET lock_timeout = '5s';

-- step 15: public."We;ird ""T"""."a?b_rg_new" (drop_trigger)
DROP TRIGGER "rollgate_sync_We;ird ""T""_a
b_rg_new" ON public."We;ird ""T""";

-- step 16: public."We;ird ""T"""."a?b_rg_new" (drop_function)
DROP FUNCTION public."rollgate_sync_We;ird ""T""_a
b_rg_new"();

-- step 17: public."We;ird ""T"""."a?b" (drop_not_null)
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "a
b" DROP NOT NULL;

-- step 18: public."We;ird ""T"""."a?b" (drop_default)
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "a
b" DROP DEFAULT;

-- step 19: public."We;ird ""T"""."a?b" (rename_column)
ALTER TABLE public."We;ird ""T""" RENAME COLUMN "a
b" TO "a
b_rg_old";

-- step 20: public."We;ird ""T"""."a?b" (rename_column)
ALTER TABLE public."We;ird ""T""" RENAME COLUMN "a
b_rg_new" TO "a
b";

-- step 21: public."We;ird ""T"""."a?b" (set_default)
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "a
b" SET DEFAULT 0;

COMMIT;
