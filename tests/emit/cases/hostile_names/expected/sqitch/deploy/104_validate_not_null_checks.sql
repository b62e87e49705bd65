-- Deploy 104_validate_not_null_checks
-- rollgate: validate stage, from migrations/0004_validate_not_null_checks
BEGIN;

SET lock_timeout = '5s';

-- step 10: public."We;ird ""T"""."a?b_rg_new" (add_check_not_valid)
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "rollgate_nn_We;ird ""T""_a
b_rg_new" CHECK ("a
b_rg_new" IS NOT NULL) NOT VALID;

COMMIT;
