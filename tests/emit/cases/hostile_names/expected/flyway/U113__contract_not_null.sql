-- rollgate: contract stage, from migrations/0013_contract_not_null
SET lock_timeout = '5s';

-- undo step 27: public."We;ird ""T"""."=cmd"
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd" CHECK ("=cmd" IS NOT NULL) NOT VALID;

-- undo step 26: public."We;ird ""T"""."=cmd"
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "=cmd" DROP NOT NULL;
