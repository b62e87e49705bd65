SET lock_timeout = '5s';

-- step 6: public.logs.id (set_not_null_with_valid_check)
ALTER TABLE public.logs ALTER COLUMN id SET NOT NULL;

-- step 7: public.logs.id (drop_constraint_check)
ALTER TABLE public.logs DROP CONSTRAINT rollgate_nn_logs_id;
