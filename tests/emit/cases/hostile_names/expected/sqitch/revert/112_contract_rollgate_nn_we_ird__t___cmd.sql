-- Revert 112_contract_rollgate_nn_we_ird__t___cmd
-- rollgate: contract stage, from migrations/0012_contract_rollgate_nn_we_ird__t___cmd
BEGIN;

SET lock_timeout = '5s';

-- undo step 25: public."We;ird ""T"""."=cmd": nothing to undo

COMMIT;
