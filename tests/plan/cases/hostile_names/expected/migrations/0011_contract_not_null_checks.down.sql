SET lock_timeout = '5s';

-- undo step 24: public."We;ird ""T"""."=cmd"
ALTER TABLE public."We;ird ""T""" DROP CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd";
