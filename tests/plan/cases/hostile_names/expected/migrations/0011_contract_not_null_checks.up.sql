SET lock_timeout = '5s';

-- step 24: public."We;ird ""T"""."=cmd" (add_check_not_valid)
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd" CHECK ("=cmd" IS NOT NULL) NOT VALID;
