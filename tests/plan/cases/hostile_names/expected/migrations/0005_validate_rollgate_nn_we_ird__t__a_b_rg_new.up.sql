SET lock_timeout = '5s';

-- step 11: public."We;ird ""T"""."a?b_rg_new" (validate_check)
ALTER TABLE public."We;ird ""T""" VALIDATE CONSTRAINT "rollgate_nn_We;ird ""T""_a
b_rg_new";
