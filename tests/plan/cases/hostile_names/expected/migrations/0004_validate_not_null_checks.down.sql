SET lock_timeout = '5s';

-- undo step 10: public."We;ird ""T"""."a?b_rg_new"
ALTER TABLE public."We;ird ""T""" DROP CONSTRAINT "rollgate_nn_We;ird ""T""_a
b_rg_new";
