-- rollgate: contract stage, from migrations/0010_contract_drop
BEGIN;

SET lock_timeout = '5s';

-- undo step 23: public."We;ird ""T"""."a?b_rg_old"
ALTER TABLE public."We;ird ""T""" ADD COLUMN "a
b_rg_old" integer;

COMMIT;
