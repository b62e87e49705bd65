-- migrate:up
-- rollgate: validate stage, from migrations/0006_validate_c_k
SET lock_timeout = '5s';

-- step 12: public."We;ird ""T"""."c""k" (validate_check)
ALTER TABLE public."We;ird ""T""" VALIDATE CONSTRAINT "c""k";

-- migrate:down
SET lock_timeout = '5s';

-- undo step 12: public."We;ird ""T"""."c""k": nothing to undo
