-- migrate:up
-- rollgate: validate stage, from migrations/0007_validate_not_null
SET lock_timeout = '5s';

-- step 13: public."We;ird ""T"""."a?b_rg_new" (set_not_null_with_valid_check)
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "a
b_rg_new" SET NOT NULL;

-- step 14: public."We;ird ""T"""."a?b_rg_new" (drop_constraint_check)
ALTER TABLE public."We;ird ""T""" DROP CONSTRAINT "rollgate_nn_We;ird ""T""_a
b_rg_new";

-- migrate:down
SET lock_timeout = '5s';

-- undo step 14: public."We;ird ""T"""."a?b_rg_new"
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "rollgate_nn_We;ird ""T""_a
b_rg_new" CHECK ("a
b_rg_new" IS NOT NULL) NOT VALID;

-- undo step 13: public."We;ird ""T"""."a?b_rg_new"
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "a
b_rg_new" DROP NOT NULL;
