SET lock_timeout = '5s';

-- step 5: public.logs.id (validate_check)
ALTER TABLE public.logs VALIDATE CONSTRAINT rollgate_nn_logs_id;
