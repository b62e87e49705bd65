-- rollgate: expand stage, from migrations/0001_expand_schema
SET lock_timeout = '5s';

-- undo step 6: public."We;ird ""T"""
COMMENT ON TABLE public."We;ird ""T""" IS 'it''s -- tricky';

-- undo step 5: public."We;ird ""T"""."a?b_rg_new"
DROP TRIGGER "rollgate_sync_We;ird ""T""_a
b_rg_new" ON public."We;ird ""T""";

-- undo step 4: public."We;ird ""T"""."a?b_rg_new"
DROP FUNCTION public."rollgate_sync_We;ird ""T""_a
b_rg_new"();

-- undo step 3: public."We;ird ""T"""."c""k"
ALTER TABLE public."We;ird ""T""" DROP CONSTRAINT "c""k";

-- undo step 2: public."We;ird ""T"""."a?b_rg_new"
ALTER TABLE public."We;ird ""T""" DROP COLUMN "a
b_rg_new";

-- undo step 1: public."We;ird ""T"""."+new"
ALTER TABLE public."We;ird ""T""" DROP COLUMN "+new";
