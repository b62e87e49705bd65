-- Deploy 113_contract_not_null
-- rollgate: contract stage, from migrations/0013_contract_not_null
BEGIN;

SET lock_timeout = '5s';

-- step 26: public."We;ird ""T"""."=cmd" (set_not_null_with_valid_check)
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "=cmd" SET NOT NULL;

-- step 27: public."We;ird ""T"""."=cmd" (drop_constraint_check)
ALTER TABLE public."We;ird ""T""" DROP CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd";

COMMIT;
