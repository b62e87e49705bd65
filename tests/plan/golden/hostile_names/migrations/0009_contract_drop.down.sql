SET lock_timeout = '5s';

-- undo step 22: public."We;ird ""T"""."a?b_rg_old"
ALTER TABLE public."We;ird ""T""" ADD COLUMN "a
b_rg_old" integer;
UPDATE public."We;ird ""T""" SET "a
b_rg_old" = ("a
b")::integer;
