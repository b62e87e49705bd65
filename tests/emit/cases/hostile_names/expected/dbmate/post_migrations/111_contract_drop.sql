-- migrate:up
-- rollgate: contract stage, from migrations/0010_contract_drop
SET lock_timeout = '5s';

-- step 23: public."We;ird ""T"""."a?b_rg_old" (drop_column)
ALTER TABLE public."We;ird ""T""" DROP COLUMN "a
b_rg_old";

-- migrate:down
SET lock_timeout = '5s';

-- undo step 23: public."We;ird ""T"""."a?b_rg_old"
ALTER TABLE public."We;ird ""T""" ADD COLUMN "a
b_rg_old" integer;
