SET lock_timeout = '5s';

-- undo step 26: public."We;ird ""T"""."=cmd"
ALTER TABLE public."We;ird ""T""" ADD CONSTRAINT "rollgate_nn_We;ird ""T""_=cmd" CHECK ("=cmd" IS NOT NULL);

-- undo step 25: public."We;ird ""T"""."=cmd"
ALTER TABLE public."We;ird ""T""" ALTER COLUMN "=cmd" DROP NOT NULL;
