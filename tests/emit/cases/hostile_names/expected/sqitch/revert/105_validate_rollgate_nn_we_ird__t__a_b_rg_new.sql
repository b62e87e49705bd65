-- Revert 105_validate_rollgate_nn_we_ird__t__a_b_rg_new
-- rollgate: validate stage, from migrations/0005_validate_rollgate_nn_we_ird__t__a_b_rg_new
BEGIN;

SET lock_timeout = '5s';

-- undo step 11: public."We;ird ""T"""."a?b_rg_new": nothing to undo

COMMIT;
