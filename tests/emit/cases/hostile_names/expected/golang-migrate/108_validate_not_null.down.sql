-- rollgate: validate stage, from migrations/0007_validate_not_null
BEGIN;

SET lock_timeout = '5s';

-- undo step 14: public."We;ird ""T"""."a?b_rg_new"
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "rollgate_nn_We;ird ""T""_a
b_rg_new" CHECK ("a
b_rg_new" IS NOT NULL) NOT VALID;

-- undo step 13: public."We;ird ""T"""."a?b_rg_new"
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "a
b_rg_new" DROP NOT NULL;

COMMIT;
