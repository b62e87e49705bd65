-- migrate:up
-- rollgate: contract stage, from migrations/0011_contract_not_null_checks
SET lock_timeout = '5s';

-- step 24: public."We;ird ""T"""."=cmd" (add_check_not_valid)
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd" CHECK ("=cmd" IS NOT NULL) NOT VALID;

-- migrate:down
SET lock_timeout = '5s';

-- undo step 24: public."We;ird ""T"""."=cmd"
ALTER TABLE public."We;ird ""T""" DROP CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd";
