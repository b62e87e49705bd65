-- rollgate: validate stage, from migrations/0006_validate_c_k
BEGIN;

SET lock_timeout = '5s';

-- step 12: public."We;ird ""T"""."c""k" (validate_check)
ALTER TABLE public."We;ird ""T""" VALIDATE CONSTRAINT "c""k";

COMMIT;
