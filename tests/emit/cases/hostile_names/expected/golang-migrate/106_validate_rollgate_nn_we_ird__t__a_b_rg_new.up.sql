-- rollgate: validate stage, from migrations/0005_validate_rollgate_nn_we_ird__t__a_b_rg_new
BEGIN;

SET lock_timeout = '5s';

-- step 11: public."We;ird ""T"""."a?b_rg_new" (validate_check)
ALTER TABLE public."We;ird ""T""" VALIDATE CONSTRAINT "rollgate_nn_We;ird ""T""_a
b_rg_new";

COMMIT;
