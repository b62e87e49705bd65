SET lock_timeout = '5s';

-- step 25: public."We;ird ""T"""."=cmd" (validate_check)
ALTER TABLE public."We;ird ""T""" VALIDATE CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd";
