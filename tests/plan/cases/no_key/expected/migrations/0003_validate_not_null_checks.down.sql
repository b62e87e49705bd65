SET lock_timeout = '5s';

-- undo step 4: public.logs.id
ALTER TABLE public.logs DROP CONSTRAINT rollgate_nn_logs_id;
